/** The action picker's search: by number, text or porteur, accents and case aside. */
import type { Action } from "../model";
import { fold } from "../text";

/**
 * Whether every word of `query` (split at spaces only, so that « 1.1 » stays one) is in the
 * action's number, text or porteur; an empty query matches every action.
 */
export function actionMatches(action: Action, query: string): boolean {
  const words = query.split(/\s+/).map(fold).filter(Boolean);
  const haystack = fold([action.no, action.text, action.porteur ?? ""].join(" "));
  return words.every((word) => haystack.includes(word));
}

/**
 * The actions matching `query`: the one numbered so first, then those whose number starts so, then
 * the others, each group in the plan's order.
 */
export function findActions<A extends Action>(actions: readonly A[], query: string): A[] {
  const q = fold(query);
  const rank = (a: A) => (fold(a.no) === q ? 0 : q && fold(a.no).startsWith(q) ? 1 : 2);
  return actions
    .filter((a) => actionMatches(a, query))
    .map((a, i) => ({ a, i, r: rank(a) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.a);
}
