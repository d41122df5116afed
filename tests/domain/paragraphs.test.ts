import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/domain/paragraphs';

describe('paragraphsOf', () => {
  it('separates paragraphs at blank lines and keeps single newlines as line breaks', () => {
    expect(paragraphsOf('Ett.\nTvå.\n\nTre.')).toEqual([['Ett.', 'Två.'], ['Tre.']]);
  });

  it('treats a line of only white space as blank and drops paragraphs with nothing in them', () => {
    expect(paragraphsOf('Ett.\n \t \nTvå.\n\n\n\n   \n\nTre.')).toEqual([['Ett.'], ['Två.'], ['Tre.']]);
    expect(paragraphsOf('')).toEqual([]);
    expect(paragraphsOf('\n\n  \n')).toEqual([]);
  });

  it('leaves the characters alone, markup included: escaping is the renderer’s job', () => {
    expect(paragraphsOf('<script>alert(1)</script> &amp;')).toEqual([['<script>alert(1)</script> &amp;']]);
  });
});
