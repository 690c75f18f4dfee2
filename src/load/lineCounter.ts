import { LineCounter } from 'yaml';

/** A LineCounter for any text (the yaml parser fills one itself; templates and raw files need this). */
export function lineCounterFor(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}
