// A generated region of a hand-written document: the text between `<!-- NAME:begin… -->` and `<!-- NAME:end -->`.

function bounds(text: string, name: string): { start: number; end: number } {
  const open = text.indexOf(`<!-- ${name}:begin`);
  const start = open < 0 ? -1 : text.indexOf("-->", open) + 3;
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (open < 0 || end < start) throw new Error(`the ${name}:begin / ${name}:end markers are missing`);
  return { start, end };
}

export function regionOf(text: string, name: string): string {
  const { start, end } = bounds(text, name);
  return text.slice(start, end);
}

export function replaceRegion(text: string, name: string, body: string): string {
  const { start, end } = bounds(text, name);
  return `${text.slice(0, start)}\n\n${body.trim()}\n\n${text.slice(end)}`;
}
