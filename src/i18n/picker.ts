/** The action picker of the Action and Suivi forms, French (Quebec) first, then English. */
import type { Lang } from "../domain/lang";

export interface PickerStrings {
  /** Above the chosen action, shown in full under the picker. */
  chosen: string;
  porteur: (name: string) => string;
  due: (day: string) => string;
}

export const pickerText: Record<Lang, PickerStrings> = {
  fr: {
    chosen: "Action choisie",
    porteur: (name) => `Porteur : ${name}`,
    due: (day) => `Échéance : ${day}`,
  },
  en: {
    chosen: "Chosen action",
    porteur: (name) => `Lead: ${name}`,
    due: (day) => `Due: ${day}`,
  },
};
