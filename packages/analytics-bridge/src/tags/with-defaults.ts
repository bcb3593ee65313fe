/**
 * The options with their defaults filled in; an option given as `undefined` keeps its default, as if left out.
 *
 * @example
 * withDefaults({ pixelId: '123', category: undefined }, { category: 'marketing' }) // { pixelId: '123', category: 'marketing' }
 */
export function withDefaults<T extends object>(options: T, defaults: Partial<T>): Required<T> {
  const all: Record<string, unknown> = { ...defaults };
  for (const [name, value] of Object.entries(options || {})) if (value !== undefined) all[name] = value;
  return all as Required<T>;
}

/**
 * What every vendor connection returns.
 *
 * @example
 * const pixel = connectMetaPixel(consent, { pixelId: '1234567890' });
 * pixel.disconnect();
 */
export interface TagConnection {
  /** Stops following the consent store. What was already sent stays sent. */
  disconnect(): void;
}
