/**
 * The standalone page's entry: no Office here. French when the browser speaks French, English
 * otherwise; `?demo` (or `?vide`) starts on the demo (or an empty) workbook.
 */
import { createRoot } from "react-dom/client";
import { langFromLocale } from "../domain/lang";
import { StandalonePage } from "./page";
import { preloadForOffline } from "./preload";
import type { StartKind } from "./workbook-file";

export const CONTAINER_ID = "container";

function startOf(search: string): StartKind | undefined {
  const params = new URLSearchParams(search);
  if (params.has("demo")) return "demo";
  if (params.has("vide") || params.has("empty")) return "empty";
  return undefined;
}

const root =
  document.getElementById(CONTAINER_ID) ?? document.body.appendChild(document.createElement("div"));
createRoot(root).render(
  <StandalonePage initialLang={langFromLocale(navigator.language)} start={startOf(window.location.search)} />,
);
void preloadForOffline();
