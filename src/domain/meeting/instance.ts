/** Which body meets: a name as a person types it (`conseil`, `comité`) matched against `ListeInstances`. */
import type { Instance } from "../model";
import { defaultTextOf } from "../read/others";
import { fold } from "../text";

export type InstanceMatch =
  { ok: true; instance: Instance } | { ok: false; reason: "none" | "ambiguous"; candidates: Instance[] };

/**
 * The body named by `query`: the one whose name is the same ignoring case and accents, else the
 * only one whose name starts with it or has a word starting with it (`conseil` -> « Conseil
 * municipal »). Several candidates are ambiguous; none is a body outside the list only when
 * `allowOther` (a meeting of a body not listed yet gets the text its name suggests).
 */
export function matchInstance(
  instances: readonly Instance[],
  query: string,
  options: { allowOther?: boolean } = {},
): InstanceMatch {
  const q = fold(query);
  if (q === "") return { ok: false, reason: "none", candidates: [...instances] };
  const exact = instances.find((i) => fold(i.name) === q);
  if (exact) return { ok: true, instance: exact };
  const starts = instances.filter((i) => fold(i.name).startsWith(q));
  const words =
    starts.length > 0
      ? starts
      : instances.filter((i) =>
          fold(i.name)
            .split(" ")
            .some((w) => w.startsWith(q)),
        );
  if (words.length === 1) return { ok: true, instance: words[0] };
  if (words.length > 1) return { ok: false, reason: "ambiguous", candidates: words };
  if (options.allowOther) return { ok: true, instance: { name: query.trim(), text: defaultTextOf(query) } };
  return { ok: false, reason: "none", candidates: [...instances] };
}
