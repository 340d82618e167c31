import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// How long findBy* and waitFor wait before they fail: a bound, not a speed check. Their 1 s
// default failed tests whose answer was on its way (a mocked page, a submitted form's next page)
// on this shared 2-core machine under load (CI, 2026-12-04: OfferForm, OfferPage), and passed
// alone. A test that looks for something that never comes still fails, 5 s later.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no matchMedia, which Mantine reads for the colour scheme and breakpoints.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

// Mantine's components measure themselves.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView = vi.fn();
// Mantine's autosizing textarea listens to font loading, which jsdom lacks.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: vi.fn(), removeEventListener: vi.fn(), ready: Promise.resolve() } });
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  // A memory router's first entry always has the key "default": a flag kept with it (useEntryFlag) would outlive its test.
  sessionStorage.clear();
});
