import type { Locale } from "./locale";

/**
 * A feature's own bilingual texts, kept beside the feature instead of in the shared dictionary.
 * zh-TW defines the shape; English must match it exactly (NoInfer stops it widening the type).
 */
export function defineMessages<T>(dict: { "zh-TW": T; en: NoInfer<T> }): Record<Locale, T> {
  return dict;
}
