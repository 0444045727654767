export const prerender = true;
// Folders with index.html work on every static host (a school's web space included).
export const trailingSlash = 'always';
