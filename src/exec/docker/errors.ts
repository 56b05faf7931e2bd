/** Reading dockerode errors: the daemon's own message and the HTTP status. */

/** The daemon's message from a dockerode error (`(HTTP code 404) no such container - …` → the tail). */
export function dockerMessage(error: unknown): string {
  if (error && typeof error === 'object') {
    const json = (error as { json?: unknown }).json;
    if (json && typeof json === 'object' && typeof (json as { message?: unknown }).message === 'string') {
      return (json as { message: string }).message.trim();
    }
    if (error instanceof Error) return error.message.trim();
  }
  return String(error);
}

export function statusCode(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}
