package com.getmaito.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Java records by their components. Moshi ships record support only in its
 * multi-release jar section, which a fat jar without {@code Multi-Release: true} loses; this keeps
 * the SDK working wherever it is packaged. Unknown names are skipped; a missing primitive, or a
 * required field the record's constructor rejects, fails with a message naming it.
 */
final class RecordAdapterFactory implements JsonAdapter.Factory {
  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isRecord()) {
      return null;
    }
    RecordComponent[] components = raw.getRecordComponents();
    String[] names = new String[components.length];
    Class<?>[] types = new Class<?>[components.length];
    Method[] accessors = new Method[components.length];
    JsonAdapter<?>[] adapters = new JsonAdapter<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      types[i] = components[i].getType();
      accessors[i] = components[i].getAccessor();
      adapters[i] = moshi.adapter(components[i].getGenericType());
    }
    try {
      Constructor<?> constructor = raw.getDeclaredConstructor(types);
      return new RecordAdapter<>(raw, constructor, names, types, accessors, adapters).nullSafe();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor on " + raw, e);
    }
  }

  private static final class RecordAdapter<T> extends JsonAdapter<T> {
    private final Class<?> type;
    private final Constructor<?> constructor;
    private final String[] names;
    private final Class<?>[] types;
    private final Method[] accessors;
    private final JsonAdapter<?>[] adapters;
    private final JsonReader.Options options;

    RecordAdapter(
        Class<?> type,
        Constructor<?> constructor,
        String[] names,
        Class<?>[] types,
        Method[] accessors,
        JsonAdapter<?>[] adapters) {
      this.type = type;
      this.constructor = constructor;
      this.names = names;
      this.types = types;
      this.accessors = accessors;
      this.adapters = adapters;
      this.options = JsonReader.Options.of(names);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T fromJson(JsonReader reader) throws IOException {
      Object[] args = new Object[names.length];
      reader.beginObject();
      while (reader.hasNext()) {
        int i = reader.selectName(options);
        if (i < 0) {
          reader.skipName();
          reader.skipValue();
        } else {
          args[i] = adapters[i].fromJson(reader);
        }
      }
      reader.endObject();
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null && types[i].isPrimitive()) {
          throw new JsonDataException(
              type.getSimpleName() + "." + names[i] + " is required at " + reader.getPath());
        }
      }
      try {
        return (T) constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw new JsonDataException(
            (cause != null && cause.getMessage() != null
                    ? cause.getMessage()
                    : type.getSimpleName() + " is invalid")
                + " at "
                + reader.getPath(),
            cause);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create " + type, e);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      for (int i = 0; i < names.length; i++) {
        writer.name(names[i]);
        try {
          ((JsonAdapter<Object>) adapters[i]).toJson(writer, accessors[i].invoke(value));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(
              "cannot read " + type.getSimpleName() + "." + names[i], e);
        }
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type.getName() + ")";
    }
  }
}
