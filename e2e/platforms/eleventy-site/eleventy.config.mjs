import { feedPlugin } from '@11ty/eleventy-plugin-rss';
import versus from 'versus-card/eleventy';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(versus);
  eleventyConfig.addPassthroughCopy('databases.json');
  eleventyConfig.addPlugin(feedPlugin, {
    type: 'rss',
    outputPath: '/feed.xml',
    collection: { name: 'posts', limit: 10 },
    metadata: { language: 'en', title: 'An Eleventy blog', base: 'http://127.0.0.1/', author: { name: 'A blogger' } },
  });
}
