// Data compiled from content/ at build time. Everything here is plain, serialisable
// data: it travels from the prerender step to the page as JSON.
import type { ActivityType, Band, GuideAudience, Platform, Topic } from './vocab';

/** Markdown compiled at build time: `html` is safe to render, `text` is for read-aloud. */
export interface Rich {
	html: string;
	text: string;
}

export interface Image {
	src: string;
	alt: string;
}

export interface Step {
	kind: 'step';
	title: string;
	body: Rich;
	image?: Image;
}

interface ActivityBase {
	/** Stable within a lesson version: "a1", "a2", ... in file order. */
	id: string;
	type: ActivityType;
	prompt: Rich;
	line: number;
}

export interface ChoiceOption {
	id: string;
	label: Rich;
	correct: boolean;
	feedback: Rich;
}
export interface ChoiceActivity extends ActivityBase {
	type: 'choice';
	options: ChoiceOption[];
	/** More than one right option: the child picks all of them. */
	multiple: boolean;
}

export interface ChatMessage {
	/** "me" is the learner; anything else is the display name of the other person. */
	from: string;
	mine: boolean;
	text: string;
}
export interface ChatReply {
	id: string;
	text: string;
	safe: boolean;
	next: string;
	feedback?: Rich;
}
export interface ChatNode {
	id: string;
	messages: ChatMessage[];
	replies: ChatReply[];
	/** Set on endings only. */
	end?: { safe: boolean; feedback: Rich };
	/** A node with no replies and no ending continues here. */
	goto?: string;
}
export interface ChatActivity extends ActivityBase {
	type: 'chat';
	platform: Platform;
	/** Name shown at the top of the mock chat screen. */
	contact: string;
	/** The contact's portrait, from `::: chat zalo [[anh khải]] Anh Khải`. */
	contactPicture?: Image;
	start: string;
	nodes: Record<string, ChatNode>;
}

export interface RedflagItem {
	id: string;
	from: string;
	mine: boolean;
	text: string;
	picture?: Image;
	flag: boolean;
	why: Rich;
}
export interface RedflagActivity extends ActivityBase {
	type: 'redflag';
	platform: Platform;
	/** A profile card shown above the messages, when the activity is about a profile. */
	profile?: { name: string; bio: string; picture?: Image };
	items: RedflagItem[];
}

export interface SortCard {
	id: string;
	text: string;
	picture?: Image;
	bin: string;
	why: Rich;
}
export interface SortActivity extends ActivityBase {
	type: 'sort';
	bins: string[];
	/** A bin's picture, by bin name, when the "hộp:" line gives one. */
	binPictures?: Record<string, Image>;
	cards: SortCard[];
}

export interface SettingOption {
	id: string;
	label: string;
	safe: boolean;
}
export interface Setting {
	id: string;
	label: string;
	options: SettingOption[];
	why: Rich;
}
export interface SettingsActivity extends ActivityBase {
	type: 'settings';
	platform: Platform;
	settings: Setting[];
}

export type Activity =
	| ChoiceActivity
	| ChatActivity
	| RedflagActivity
	| SortActivity
	| SettingsActivity;

export interface ActivityScreen {
	kind: 'activity';
	activity: Activity;
}
export type Screen = Step | ActivityScreen;

export interface LessonMeta {
	id: string;
	slug: string;
	band: Band;
	lang: string;
	order: number;
	title: string;
	summary: string;
	objectives: string[];
	topics: Topic[];
	platforms: Platform[];
	duration: number;
	/** Bumped by authors when a change alters activities; stored with each attempt. */
	version: number;
	keyMessages: string[];
	activityCounts: Partial<Record<ActivityType, number>>;
	stepCount: number;
	/** Repository-relative path of the source file, e.g. content/6-8/01-co-the-em.md */
	path: string;
}

export interface Lesson extends LessonMeta {
	screens: Screen[];
	/** Questions for the group between activities (group mode), in file order. */
	discuss: string[];
	facilitator: Rich;
	parents?: Rich;
}

export interface GuideMeta {
	id: string;
	slug: string;
	audience: GuideAudience | 'glossary';
	order: number;
	title: string;
	summary: string;
	readingTime: number;
	path: string;
}
export interface Guide extends GuideMeta {
	body: Rich;
	/** Table of contents from the guide's level-2 headings. */
	toc: { id: string; title: string }[];
}

export interface ContentError {
	path: string;
	line: number;
	message: string;
}

/** What the learner's page carries: the lesson without the adults' parts. */
export type LearnerLesson = Omit<Lesson, 'facilitator' | 'parents'>;

/** One row of /lessons.json, the course index. */
export interface CatalogueEntry {
	id: string;
	band: Band;
	slug: string;
	title: string;
	topics: Topic[];
	version: number;
	screens: number;
}
