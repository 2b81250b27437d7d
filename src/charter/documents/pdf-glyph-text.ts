// Makes the embedded fonts' glyph-to-text maps (ToUnicode) say what each glyph is, so copying and
// searching the PDF give back the words. pdfkit records, per glyph, the text of the first string it
// shaped that glyph for, and fontkit keeps one glyph object per id. When a font splits a character
// into a base and a mark (Noto Sans draws "ị" as "i" plus a combining dot below; Noto Sans Thai
// draws "ำ" as NIKHAHIT plus SARA AA), the mark maps to nothing and the base to the whole
// character: "Thị" came back as "Thi" and every "า" after a first "ำ" was lost.
import type * as fontkit from 'fontkit';

/** The parts of pdfkit's embedded font we repair; pdfkit has no public API for this. */
type EmbeddedFont = {
  font: fontkit.Font;
  subset: { glyphs: number[] };
  /** Code points per glyph of the subset, written out as the ToUnicode map at `doc.end()`. */
  unicode: number[][];
};

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  if (typeof value !== 'object' || value === null) return false;
  const font = value as Partial<EmbeddedFont>; // checked field by field below
  return (
    typeof font.font?.stringsForGlyph === 'function' &&
    Array.isArray(font.subset?.glyphs) &&
    Array.isArray(font.unicode)
  );
}

/**
 * Gives every glyph that pdfkit mapped to nothing, or to a character the font draws with another
 * glyph, the character the font's own cmap assigns it. Ligatures (several characters, no cmap
 * entry) keep their mapping. Call before `doc.end()`, which writes the maps.
 */
export function repairGlyphTextMaps(doc: PDFKit.PDFDocument): void {
  // pdfkit keeps its fonts in `_fontFamilies`; the embedded ones are repaired, standard ones skipped.
  const families = (doc as unknown as { _fontFamilies?: Record<string, unknown> })._fontFamilies;
  for (const candidate of Object.values(families ?? {})) {
    if (!isEmbeddedFont(candidate)) continue;
    const { font, subset, unicode } = candidate;
    subset.glyphs.forEach((glyphId, subsetId) => {
      const mapped = unicode[subsetId] ?? [];
      const [only] = mapped;
      const isRight =
        mapped.length > 1 ||
        (mapped.length === 1 &&
          only !== undefined &&
          font.hasGlyphForCodePoint(only) &&
          font.glyphForCodePoint(only).id === glyphId);
      if (isRight) return;
      const [natural] = font.stringsForGlyph(glyphId);
      if (natural)
        unicode[subsetId] = [...natural].map((character) => character.codePointAt(0) ?? 0);
    });
  }
}
