import { illFormedTextAt } from './input-validation.pipe';

describe('illFormedTextAt', () => {
  it('finds a lone surrogate anywhere in an input, by its path', () => {
    expect(illFormedTextAt({ email: '\ud800' })).toBe('email');
    expect(illFormedTextAt({ input: { themeCodes: ['SOCIAL', 'x\udc00'] } })).toBe('input.themeCodes.1');
    expect(illFormedTextAt('a\ud83d')).toBe('');
  });

  it('accepts well-formed text, emoji (surrogate pairs) included', () => {
    expect(illFormedTextAt({ title: 'Prevozi 🚗 starejših', count: 3, when: new Date(), none: null })).toBeNull();
  });
});
