import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Runes everywhere: a component without runes would otherwise compile in legacy mode and pull the
// legacy runtime paths into the bundle.
export default { preprocess: vitePreprocess(), compilerOptions: { runes: true } };
