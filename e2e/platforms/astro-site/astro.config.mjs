import { defineConfig } from 'astro/config';

// Served from a subfolder, as many blogs are.
export default defineConfig({ base: '/blog', telemetry: false });
