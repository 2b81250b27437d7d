// Passwords as NIST SP 800-63B asks: long enough, not a known or easily guessed one, and no
// composition rules (no "one digit, one symbol"). The guessability check is zxcvbn-ts with its
// common dictionary (some 40,000 passwords leaked in breaches, names, words, keyboard patterns,
// dates, repeats and sequences), shipped with the app: no password leaves the server to be
// checked. docs/security.md.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const minimumPasswordLength = 10;
/** zxcvbn's score 3: about 10^8 guesses and more, "safely unguessable" for online attacks. */
const minimumScore = 3;

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary },
  graphs: common.adjacencyGraphs,
});

export function isLongEnough(password: string): boolean {
  return [...password.trim()].length >= minimumPasswordLength;
}

/** Not a common or breached password, nor a pattern a cracker tries early. */
export function isHardToGuess(password: string): boolean {
  return estimator.check(password.slice(0, 100)).score >= minimumScore;
}
