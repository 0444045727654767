// The picture dictionary: the Vietnamese names a lesson author writes between [[ and ]], each
// mapped to one picture of Microsoft's Fluent Emoji (flat style, MIT licence), read at build
// time from @iconify-json/fluent-emoji-flat. Only the pictures lessons use become files
// (/hinh/<icon>.svg, see scripts/vite-pictures-plugin.ts); nothing here reaches a browser
// bundle. Keep it neutral for the topic: clothes and everyday things, never a body drawing,
// never a frightening face.

export interface PictureEntry {
	/** Icon name in the Fluent Emoji flat set. */
	icon: string;
	/** Default alt text, a few Vietnamese words a screen reader says. */
	alt: string;
	/** A short label drawn on the picture (a number the child must remember, like 111). */
	label?: string;
	/** Which part of content/README.md's table the entry is listed under. */
	group: PictureGroup;
}

export type PictureGroup =
	'người' | 'nhân vật' | 'cảm xúc' | 'cử chỉ' | 'máy và mạng' | 'an toàn' | 'đồ vật' | 'nơi chốn';

const P = (group: PictureGroup, icon: string, alt: string, label?: string): PictureEntry =>
	label ? { group, icon, alt, label } : { group, icon, alt };

export const PICTURES: Record<string, PictureEntry> = {
	// People the lessons talk about (no real person's photo, ever).
	'em bé trai': P('người', 'boy', 'một bạn nhỏ trai'),
	'em bé gái': P('người', 'girl', 'một bạn nhỏ gái'),
	'trẻ em': P('người', 'child', 'một bạn nhỏ'),
	'em bé': P('người', 'baby', 'em bé'),
	'bạn bè': P('người', 'busts-in-silhouette', 'những người bạn'),
	mẹ: P('người', 'woman', 'mẹ'),
	bố: P('người', 'man', 'bố'),
	bà: P('người', 'old-woman', 'bà'),
	ông: P('người', 'old-man', 'ông'),
	'cô giáo': P('người', 'woman-teacher', 'cô giáo'),
	'thầy giáo': P('người', 'man-teacher', 'thầy giáo'),
	'công an': P('người', 'police-officer', 'chú công an'),
	'bác sĩ': P('người', 'health-worker', 'bác sĩ'),
	'người lớn': P('người', 'person', 'một người lớn'),
	'người lạ': P('người', 'bust-in-silhouette', 'một người lạ, không rõ mặt'),
	'người giấu mặt': P('người', 'detective', 'một người giấu mình, không rõ là ai'),
	'ôm nhau': P('người', 'people-hugging', 'hai người ôm nhau'),
	// Characters of the stories and chats: the same one always looks the same.
	lan: P('nhân vật', 'girl', 'bạn Lan'),
	nam: P('nhân vật', 'boy', 'bạn Nam'),
	hoa: P('nhân vật', 'girl-medium', 'bạn Hoa'),
	minh: P('nhân vật', 'boy-medium', 'bạn Minh'),
	phúc: P('nhân vật', 'boy-light', 'bạn Phúc'),
	'thỏ hồng': P('nhân vật', 'rabbit-face', 'Thỏ Hồng, hình đại diện trong game'),
	'sóc nâu': P('nhân vật', 'chipmunk', 'Sóc Nâu, hình đại diện trong game'),
	'anh khải': P('nhân vật', 'man-light', 'anh Khải'),
	'rồng lửa': P('nhân vật', 'dragon-face', 'RồngLửa, hình đại diện trong game'),
	'tay lái vàng': P('nhân vật', 'racing-car', 'TayLáiVàng, hình đại diện trong game'),
	'chị ngọc': P('nhân vật', 'woman-light', 'chị Ngọc'),
	'cô hạnh': P('nhân vật', 'woman-teacher-medium', 'cô Hạnh'),
	'mai anh': P('nhân vật', 'cat-face', 'Mai Anh, ảnh đại diện là con mèo'),
	'gấu con': P('nhân vật', 'bear', 'Gấu Con, hình đại diện trong game'),
	'gấu trúc': P('nhân vật', 'panda', 'Gấu Trúc, hình đại diện trong game'),
	tài: P('nhân vật', 'man-medium', 'Tài, người lạ nhắn tin'),
	hùng: P('nhân vật', 'man-dark', 'Hùng, người lạ nhắn tin'),
	'quà tặng kim cương': P('nhân vật', 'gem-stone', 'trang Quà Tặng Kim Cương'),
	'nhóm lớp': P('nhân vật', 'busts-in-silhouette', 'nhóm chat của lớp'),
	// Contacts of the 08+ lessons (issue 26).
	'anh bin': P('nhân vật', 'boy-medium-dark', 'anh Bin'),
	'thầy quang': P('nhân vật', 'man-teacher-light', 'thầy Quang'),
	'gấu trúc ninja': P('nhân vật', 'panda', 'GấuTrúcNinja, hình đại diện trong game'),
	// Feelings (calm faces only).
	vui: P('cảm xúc', 'smiling-face-with-smiling-eyes', 'khuôn mặt vui'),
	buồn: P('cảm xúc', 'pensive-face', 'khuôn mặt buồn'),
	'lo lắng': P('cảm xúc', 'worried-face', 'khuôn mặt lo lắng'),
	'bối rối': P('cảm xúc', 'confused-face', 'khuôn mặt bối rối'),
	'suy nghĩ': P('cảm xúc', 'thinking-face', 'khuôn mặt đang suy nghĩ'),
	'ngạc nhiên': P('cảm xúc', 'face-with-open-mouth', 'khuôn mặt ngạc nhiên'),
	'yêu thương': P('cảm xúc', 'smiling-face-with-hearts', 'khuôn mặt đầy yêu thương'),
	'nhẹ nhõm': P('cảm xúc', 'relieved-face', 'khuôn mặt nhẹ nhõm'),
	'bí mật': P('cảm xúc', 'shushing-face', 'khuôn mặt đặt tay lên môi: suỵt, bí mật'),
	'che miệng': P('cảm xúc', 'face-with-hand-over-mouth', 'khuôn mặt che miệng'),
	'trái tim': P('cảm xúc', 'red-heart', 'trái tim đỏ'),
	'ôm ấm áp': P('cảm xúc', 'hugging-face', 'khuôn mặt dang tay ôm'),
	// Hands and gestures.
	'bàn tay dừng': P('cử chỉ', 'raised-hand', 'bàn tay giơ lên: dừng lại'),
	'lắc đầu': P('cử chỉ', 'person-gesturing-no', 'một người khoanh tay: không'),
	'đồng ý': P('cử chỉ', 'person-gesturing-ok', 'một người giơ tay: được'),
	'giơ tay': P('cử chỉ', 'person-raising-hand', 'một bạn giơ tay'),
	'vẫy tay': P('cử chỉ', 'waving-hand', 'bàn tay vẫy chào'),
	'bắt tay': P('cử chỉ', 'handshake', 'hai bàn tay bắt nhau'),
	'vỗ tay': P('cử chỉ', 'clapping-hands', 'hai bàn tay vỗ'),
	'bàn tay': P('cử chỉ', 'hand-with-fingers-splayed', 'bàn tay xòe năm ngón'),
	ổn: P('cử chỉ', 'thumbs-up', 'ngón tay cái giơ lên: ổn'),
	'không ổn': P('cử chỉ', 'thumbs-down', 'ngón tay cái chỉ xuống: không ổn'),
	đúng: P('cử chỉ', 'check-mark-button', 'dấu tích xanh: đúng'),
	không: P('cử chỉ', 'cross-mark', 'dấu gạch chéo: không'),
	'nói to': P('cử chỉ', 'megaphone', 'cái loa: nói thật to'),
	'lắng nghe': P('cử chỉ', 'ear', 'cái tai: lắng nghe'),
	nhìn: P('cử chỉ', 'eyes', 'đôi mắt đang nhìn'),
	'đi ra chỗ khác': P('cử chỉ', 'person-walking', 'một người đang đi ra chỗ khác'),
	chạy: P('cử chỉ', 'person-running', 'một người đang chạy'),
	'im lặng': P('cử chỉ', 'zipper-mouth-face', 'khuôn mặt kéo khóa miệng: im lặng'),
	'chơi tiếp': P('cử chỉ', 'play-button', 'nút chơi tiếp'),
	'tên xấu': P('cử chỉ', 'right-anger-bubble', 'bong bóng lời nói giận dữ'),
	khóc: P('cử chỉ', 'crying-face', 'khuôn mặt đang khóc'),
	// Phones and the internet.
	'điện thoại': P('máy và mạng', 'mobile-phone', 'điện thoại'),
	'tin nhắn': P('máy và mạng', 'speech-balloon', 'bong bóng tin nhắn'),
	'máy tính': P('máy và mạng', 'laptop', 'máy tính xách tay'),
	camera: P('máy và mạng', 'video-camera', 'máy quay'),
	'chụp ảnh': P('máy và mạng', 'camera-with-flash', 'máy ảnh đang chụp'),
	'máy ảnh': P('máy và mạng', 'camera', 'máy ảnh'),
	ảnh: P('máy và mạng', 'framed-picture', 'một bức ảnh'),
	'tự chụp': P('máy và mạng', 'selfie', 'tay cầm điện thoại tự chụp'),
	game: P('máy và mạng', 'video-game', 'tay cầm chơi game'),
	mạng: P('máy và mạng', 'globe-with-meridians', 'quả địa cầu: mạng internet'),
	wifi: P('máy và mạng', 'wireless', 'sóng wifi'),
	'gọi điện': P('máy và mạng', 'telephone-receiver', 'ống nghe điện thoại'),
	'111': P('máy và mạng', 'telephone-receiver', 'gọi số 111', '111'),
	'thông báo': P('máy và mạng', 'bell', 'cái chuông thông báo'),
	'tắt máy': P('máy và mạng', 'mobile-phone-off', 'điện thoại đã tắt'),
	'hồ sơ': P('máy và mạng', 'identification-card', 'thẻ hồ sơ'),
	'tìm kiếm': P('máy và mạng', 'magnifying-glass-tilted-left', 'kính lúp'),
	'gửi đi': P('máy và mạng', 'mobile-phone-with-arrow', 'điện thoại gửi đi'),
	'phim hoạt hình': P('máy và mạng', 'television', 'cái ti vi'),
	'cấp cứu': P('máy và mạng', 'ambulance', 'xe cứu thương'),
	// Teen lessons (11-14, 15-17): settings screens and evidence steps.
	'cài đặt': P('máy và mạng', 'gear', 'bánh răng: cài đặt'),
	'chụp màn hình': P('máy và mạng', 'camera-with-flash', 'chụp màn hình làm bằng chứng'),
	// Safety.
	'ổ khóa': P('an toàn', 'locked', 'ổ khóa đã khóa'),
	'mở khóa': P('an toàn', 'unlocked', 'ổ khóa đang mở'),
	'chìa khóa': P('an toàn', 'key', 'chìa khóa'),
	'mật khẩu': P('an toàn', 'locked-with-key', 'ổ khóa và chìa khóa: mật khẩu'),
	'biển dừng': P('an toàn', 'stop-sign', 'biển báo dừng lại'),
	chặn: P('an toàn', 'no-entry', 'biển cấm vào: chặn'),
	'báo cáo': P('an toàn', 'triangular-flag', 'lá cờ đỏ: báo cáo'),
	'cờ đỏ': P('an toàn', 'triangular-flag', 'lá cờ đỏ: dấu hiệu đáng lo'),
	'cảnh báo': P('an toàn', 'warning', 'biển cảnh báo'),
	khiên: P('an toàn', 'shield', 'tấm khiên bảo vệ'),
	'ý hay': P('an toàn', 'light-bulb', 'bóng đèn sáng: một ý hay'),
	'câu hỏi': P('an toàn', 'red-question-mark', 'dấu hỏi'),
	cửa: P('an toàn', 'door', 'cánh cửa'),
	'thùng rác': P('an toàn', 'wastebasket', 'thùng rác: xóa đi'),
	'bằng chứng': P('an toàn', 'clipboard', 'tờ giấy ghi lại'),
	'thư mục': P('an toàn', 'file-folder', 'thư mục: cất bằng chứng vào một chỗ'),
	'pháp luật': P('an toàn', 'balance-scale', 'cái cân: pháp luật'),
	// Things.
	quà: P('đồ vật', 'wrapped-gift', 'hộp quà'),
	kẹo: P('đồ vật', 'candy', 'viên kẹo'),
	'kẹo mút': P('đồ vật', 'lollipop', 'cây kẹo mút'),
	tiền: P('đồ vật', 'money-bag', 'túi tiền'),
	'kim cương': P('đồ vật', 'gem-stone', 'viên kim cương trong game'),
	'gấu bông': P('đồ vật', 'teddy-bear', 'gấu bông'),
	'bánh sinh nhật': P('đồ vật', 'birthday-cake', 'bánh sinh nhật'),
	'bóng bay': P('đồ vật', 'balloon', 'quả bóng bay'),
	'bất ngờ': P('đồ vật', 'party-popper', 'pháo giấy: điều bất ngờ vui'),
	'đồ bơi': P('đồ vật', 'one-piece-swimsuit', 'bộ đồ bơi'),
	'đồ lót': P('đồ vật', 'briefs', 'quần lót'),
	'quần đùi': P('đồ vật', 'shorts', 'quần đùi'),
	'áo phông': P('đồ vật', 't-shirt', 'áo phông'),
	'bồn tắm': P('đồ vật', 'bathtub', 'bồn tắm'),
	'ống nghe': P('đồ vật', 'stethoscope', 'ống nghe của bác sĩ'),
	'quả bóng': P('đồ vật', 'soccer-ball', 'quả bóng'),
	sách: P('đồ vật', 'books', 'mấy cuốn sách'),
	'bút chì': P('đồ vật', 'pencil', 'bút chì'),
	'ngôi sao': P('đồ vật', 'star', 'ngôi sao'),
	'lấp lánh': P('đồ vật', 'sparkles', 'những ngôi sao lấp lánh'),
	'đồng hồ': P('đồ vật', 'alarm-clock', 'đồng hồ'),
	'ban đêm': P('đồ vật', 'crescent-moon', 'mặt trăng: ban đêm'),
	'mái tóc': P('đồ vật', 'person-getting-haircut', 'một người đang cắt tóc'),
	'ảo thuật': P('đồ vật', 'magic-wand', 'cây đũa thần ảo thuật'),
	thiệp: P('đồ vật', 'love-letter', 'tấm thiệp có trái tim'),
	'màu xanh': P('đồ vật', 'blue-heart', 'trái tim màu xanh'),
	mèo: P('đồ vật', 'cat-face', 'mặt con mèo'),
	'lâu đài': P('đồ vật', 'castle', 'tòa lâu đài'),
	'áo ấm': P('đồ vật', 'coat', 'áo khoác ấm'),
	'tranh vẽ': P('đồ vật', 'artist-palette', 'bảng màu vẽ tranh'),
	'thẻ nạp': P('đồ vật', 'ticket', 'tấm thẻ nạp trò chơi'),
	'máy bay': P('đồ vật', 'airplane', 'chiếc máy bay'),
	// Places.
	nhà: P('nơi chốn', 'house', 'ngôi nhà'),
	'trường học': P('nơi chốn', 'school', 'trường học'),
	giường: P('nơi chốn', 'bed', 'cái giường'),
	'công viên': P('nơi chốn', 'national-park', 'công viên'),
	'địa chỉ': P('nơi chốn', 'round-pushpin', 'cái ghim trên bản đồ: địa chỉ')
};

/** How a name is compared: case, spacing and Unicode form do not matter. */
export function pictureKey(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

export function lookupPicture(name: string): PictureEntry | undefined {
	return Object.hasOwn(PICTURES, pictureKey(name)) ? PICTURES[pictureKey(name)] : undefined;
}

/** Where a picture's file is served, under the site's base path. */
export function pictureSrc(icon: string, base = ''): string {
	return `${base}/hinh/${icon}.svg`;
}
