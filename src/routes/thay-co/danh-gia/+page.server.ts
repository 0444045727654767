// The device tools (the learner's check, group mode, export) live on their own sub-route,
// built on another branch: the index links to it once it is in the build.
const deviceTools = import.meta.glob('./may-nay/+page.svelte');

export const load = () => ({ deviceTools: Object.keys(deviceTools).length > 0 });
