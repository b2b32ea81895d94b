package io.dateline.input;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Concatenates the items of several inputs, opening each input only when the previous one
 * is exhausted (a stream's flatMap would read ahead when iterated).
 */
class ItemChain implements Iterator<InputItem>, Closeable {

    /** This chain as an ordered stream that closes the chain when closed. */
    Stream<InputItem> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /** An iterator of one item. */
    static Iterator<InputItem> one(InputItem item) {
        return List.of(item).iterator();
    }

    private final Supplier<List<Supplier<Iterator<InputItem>>>> plan;
    private Iterator<Supplier<Iterator<InputItem>>> parts;
    private Iterator<InputItem> current = java.util.Collections.emptyIterator();

    ItemChain(Supplier<List<Supplier<Iterator<InputItem>>>> plan) {
        this.plan = plan;
    }

    @Override
    public boolean hasNext() {
        if (parts == null) {
            parts = plan.get().iterator();
        }
        while (!current.hasNext()) {
            closeCurrent();
            if (!parts.hasNext()) {
                return false;
            }
            current = parts.next().get();
        }
        return true;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        closeCurrent();
        parts = java.util.Collections.emptyIterator();
    }

    private void closeCurrent() {
        if (current instanceof Closeable) {
            try {
                ((Closeable) current).close();
            } catch (IOException ignored) {
                // closing a file we only read
            }
        }
        current = java.util.Collections.emptyIterator();
    }
}
