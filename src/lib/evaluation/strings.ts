// The check's strings, registered as the `danh-gia` namespace by the pages that import
// this module (and only they): the children's other pages do not carry them.
import { i18n } from '$lib/i18n/i18n.svelte';
import en from './strings/en.json';
import vi from './strings/vi.json';

i18n.addBundles('danh-gia', { vi, en });

export const NS = 'danh-gia';
