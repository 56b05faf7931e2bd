/**
 * An estimate of a Claude session's cost from its tokens, for live progress only: the figure that
 * counts is the CLI's own `total_cost_usd` in its result message, which replaces the estimate when
 * the session ends. Public list prices (USD per million tokens) by model family; prompt-cache writes
 * cost 1.25× input (5-minute cache), reads 0.1× input. A model no row matches gets no estimate.
 */

interface Price {
  match: RegExp;
  input: number;
  output: number;
}

/** First match wins: newer generations before the family's older, dearer ones. */
const PRICES: readonly Price[] = [
  { match: /opus-(?:4-[5-9]|[5-9])/, input: 5, output: 25 },
  { match: /opus/, input: 15, output: 75 },
  { match: /sonnet/, input: 3, output: 15 },
  { match: /haiku-(?:4|[5-9])/, input: 1, output: 5 },
  { match: /3-5-haiku|haiku-3-5/, input: 0.8, output: 4 },
  { match: /haiku/, input: 0.25, output: 1.25 },
];

export interface TokenCounts {
  input: number;
  output: number;
  cacheRead: number;
  cacheCreation: number;
}

/** Estimated USD for `tokens` of `model`; null when the model is unknown. */
export function estimateClaudeCostUsd(model: string | null, tokens: TokenCounts): number | null {
  if (!model) return null;
  const price = PRICES.find((p) => p.match.test(model.toLowerCase()));
  if (!price) return null;
  const perToken = price.input / 1e6;
  return (
    tokens.input * perToken +
    tokens.cacheCreation * perToken * 1.25 +
    tokens.cacheRead * perToken * 0.1 +
    tokens.output * (price.output / 1e6)
  );
}
