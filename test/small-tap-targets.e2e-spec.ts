import { Browser, launchBrowser, smallTapTargets } from './utils/browser';

// The browser tests' touch check (test/utils/browser.ts) on a page of its own: what it judges,
// not the web app. As Chromium draws Mantine's fields on a touch screen (app/touch.module.css).
describe('smallTapTargets', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("judges a field by the box drawn as it: Mantine's password field, a 38 px input inside a 40 px box, is a thumb's size", async () => {
    const page = await browser.newPage({ width: 360, height: 740 });
    await page.setContent(`
      <label for="email">E-pošta</label>
      <input id="email" name="email" class="mantine-Input-input" style="box-sizing: border-box; height: 40px">
      <label for="password">Geslo</label>
      <div class="mantine-Input-input mantine-PasswordInput-input" style="position: relative; overflow: hidden; box-sizing: border-box; height: 40px; border: 1px solid">
        <input id="password" name="password" class="mantine-PasswordInput-innerInput" style="position: absolute; inset: 0; border: 0; height: 100%; width: 100%">
      </div>
      <label for="name">Ime</label>
      <input id="name" name="name" class="mantine-Input-input" style="box-sizing: border-box; height: 36px">
      <button style="height: 26px">Pošlji</button>
    `);
    // The password input itself is 38 px tall: its box, 40, is what a thumb taps.
    expect(await page.evaluate<number>(`document.querySelector('[name="password"]').getBoundingClientRect().height`)).toBe(38);
    expect(await smallTapTargets(page)).toEqual(['input[name=name] "" 36 px', 'button "Pošlji" 26 px']);
    await page.close();
  });
});
