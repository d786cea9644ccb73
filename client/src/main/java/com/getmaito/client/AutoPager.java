package com.getmaito.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item from a first page on, fetching each further page lazily when iteration reaches it.
 * Each {@link #iterator()} starts again from the first page.
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;

  AutoPager(Page<T> first) {
    this.first = first;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Page<T> page = first;
      private int index;

      @Override
      public boolean hasNext() {
        while (index >= page.data().size()) {
          if (!page.hasNextPage()) {
            return false;
          }
          page = page.nextPage();
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.data().get(index++);
      }
    };
  }

  /** {@return the items as a sequential, lazy stream, from the first page on} */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
