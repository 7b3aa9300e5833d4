// The answerer's thresholds in one object, so that a measurement can change or fit them: how far
// a unit's surroundings reach, how close to the best a sentence must score to join the answer or
// count as evidence, how much of a question a sentence giving a value must cover, how long a list
// entry may be. Measured on eval/questions.json and a development set over unseen documents.

export interface AnswerThresholds {
  /** A list item this short is one entry of a list: the whole list is shown. */
  shortItem: number;
  /** At most this many entries of a list that only illustrates an answer. */
  maxList: number;
  /** At most this many entries of a list the question asks for (which regions, 一覧). */
  maxAskedList: number;
  /** How far back (lines) a unit's surroundings reach (slides put titles at either end). */
  nearLines: number;
  /** How far ahead (lines) a unit's surroundings reach. */
  nearAfter: number;
  /** Candidates this close to the best count as evidence for a value the question asks. */
  nearBest: number;
  /** Share of the question's terms a sentence giving a value must cover, with its local context. */
  anchorCoverage: number;
  /** English questions match the Japanese text only through the glossary: less is expected. */
  anchorCoverageEn: number;
  /** The best sentence must cover at least this share of a who-question's terms. */
  personCoverage: number;
  /** A complete list counts when a near sentence covers this share of the question. */
  listCoverage: number;
  /** At most this many different start (or end) years, each with its source. */
  edgeValues: number;
  /** Entity feature of a candidate that names the programme in its passage or nearby lines. */
  entityNearby: number;
  /** A question about a named thing abstains when this share of the rest of it stands nowhere (and nothing near the thing covers it). */
  absentAspect: number;
}

export const DEFAULT_THRESHOLDS: AnswerThresholds = {
  shortItem: 40,
  maxList: 8,
  maxAskedList: 40,
  nearLines: 12,
  nearAfter: 8,
  nearBest: 0.6,
  anchorCoverage: 0.3,
  anchorCoverageEn: 0.3,
  personCoverage: 0.5,
  listCoverage: 0.6,
  edgeValues: 3,
  entityNearby: 0.6,
  absentAspect: 0.5,
};
