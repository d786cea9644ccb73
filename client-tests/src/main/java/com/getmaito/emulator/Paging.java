package com.getmaito.emulator;

/** How list endpoints page their results. */
public enum Paging {
  /** Pages carry {@code meta.nextCursor} until the last one (the default). */
  CURSOR,
  /**
   * Compatibility mode for servers without cursors: {@code meta.nextCursor} is always null, the
   * {@code cursor} parameter is ignored, and clients page with {@code offset} until a page comes
   * back shorter than {@code limit}.
   */
  OFFSET_ONLY
}
