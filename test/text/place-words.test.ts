import { describe, expect, it } from 'vitest';
import { placeWords } from '../../src/text/place-words.js';

describe('placeWords', () => {
  it("holds the words of countries' and regions' English names, from CLDR", () => {
    const words = placeWords();
    for (const w of ['qatar', 'ireland', 'zealand', 'singapore', 'africa', 'europe']) {
      expect(words.has(w), w).toBe(true);
    }
  });

  it('holds no short word and no ordinary word of an organisation name', () => {
    const words = placeWords();
    for (const w of ['of', 'and', 'the', 'council', 'nursing', 'quillmore']) {
      expect(words.has(w), w).toBe(false);
    }
  });
});
