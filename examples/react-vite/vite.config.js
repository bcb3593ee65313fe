import { defineConfig } from 'vite';

// Vite compiles JSX with React's automatic runtime by itself; a production build needs no React plugin.
export default defineConfig({});
