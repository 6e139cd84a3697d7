// The tests' own static server (e2e/serve.mjs) must not be the weak point:
// a malformed %-escape answers 400 instead of crashing it for every later
// test, and nothing outside its folders is served.
import { rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '../fixtures';

test('a malformed %-escape gets 400 and the server keeps serving', async ({ request }) => {
  const bad = await request.get('/hosts/%E0%A4%A');
  expect(bad.status()).toBe(400);
  expect((await request.get('/hosts/plain.html')).status()).toBe(200);
});

test('a folder whose name merely starts like a served one is not served', async ({ request }) => {
  // e2e/hosts-… sits next to e2e/hosts/, which /hosts/ serves.
  const secret = 'e2e/hosts-secret-for-test.txt';
  writeFileSync(secret, 'not for the web');
  try {
    const response = await request.get('/hosts/..%2Fhosts-secret-for-test.txt');
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain('not for the web');
  } finally {
    rmSync(secret, { force: true });
  }
});
