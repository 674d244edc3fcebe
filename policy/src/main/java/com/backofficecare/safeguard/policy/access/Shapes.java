package com.backofficecare.safeguard.policy.access;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The shapes {@link MinimizedView#minimize} takes apart and rebuilds. */
final class Shapes {

  /** How deep nested values are followed; deeper is refused rather than returned whole. */
  private static final int MAX_DEPTH = 16;

  private Shapes() {}

  static @Nullable Object minimize(Decision d, @Nullable Object v, int depth) {
    if (v == null) {
      return null;
    }
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("nested more than " + MAX_DEPTH + " levels deep");
    }
    if (v instanceof Map<?, ?> m) {
      return map(d, m, depth);
    }
    if (v instanceof Record r) {
      return record(d, r, depth);
    }
    if (v instanceof Optional<?> o) {
      return o.map(e -> minimize(d, e, depth + 1));
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(e -> out.add(minimize(d, e, depth + 1)));
      return out;
    }
    if (v instanceof Set<?> set) {
      Set<Object> out = new LinkedHashSet<>();
      set.forEach(e -> out.add(minimize(d, e, depth + 1)));
      return out;
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      c.forEach(e -> out.add(minimize(d, e, depth + 1)));
      return out;
    }
    if (v.getClass().isArray() && !v.getClass().getComponentType().isPrimitive()) {
      int n = Array.getLength(v);
      Object out = Array.newInstance(v.getClass().getComponentType(), n);
      for (int i = 0; i < n; i++) {
        Array.set(out, i, minimize(d, Array.get(v, i), depth + 1));
      }
      return out;
    }
    if (scalar(v) || v.getClass().getName().startsWith("java.")) {
      throw new IllegalArgumentException(
          "a " + v.getClass().getName() + " has no field names to" + " judge");
    }
    Object page = springDataPage(d, v, depth);
    if (page != null) {
      return page;
    }
    return bean(d, v, depth);
  }

  private static Map<String, Object> map(Decision d, Map<?, ?> m, int depth) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (e.getKey() instanceof String k && d.releasedFields().contains(k)) {
        out.put(k, field(d, k, e.getValue(), depth));
      }
    }
    return out;
  }

  /** A released field's value: masked if the decision masks it, nested shapes minimized. */
  private static @Nullable Object field(Decision d, String name, @Nullable Object v, int depth) {
    if (v == null) {
      return null;
    }
    if (d.maskedFields().contains(name)) {
      return v instanceof CharSequence cs ? MinimizedView.mask(cs.toString()) : null;
    }
    return scalar(v) ? v : minimize(d, v, depth + 1);
  }

  private static boolean scalar(Object v) {
    return v instanceof CharSequence
        || v instanceof Number
        || v instanceof Boolean
        || v instanceof Character
        || v instanceof Enum<?>
        || v instanceof java.time.temporal.Temporal
        || v instanceof java.util.UUID
        || v.getClass().isPrimitive()
        || (v.getClass().isArray() && v.getClass().getComponentType().isPrimitive());
  }

  private static Record record(Decision d, Record r, int depth) {
    RecordComponent[] cs = r.getClass().getRecordComponents();
    Object[] args = new Object[cs.length];
    Class<?>[] types = new Class<?>[cs.length];
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
      if (d.releasedFields().contains(cs[i].getName())) {
        Object value =
            field(d, cs[i].getName(), read(r, cs[i].getAccessor(), cs[i].getName()), depth);
        if (value != null && !boxed(types[i]).isInstance(value)) {
          throw new IllegalArgumentException(
              "cannot rebuild record "
                  + r.getClass().getName()
                  + ": component "
                  + cs[i].getName()
                  + " cannot hold its minimized value");
        }
        args[i] = value;
      }
      if (args[i] == null && types[i].isPrimitive()) {
        args[i] = Array.get(Array.newInstance(types[i], 1), 0); // zero, false
      }
    }
    try {
      Constructor<? extends Record> c = r.getClass().getDeclaredConstructor(types);
      if (!c.canAccess(null)) {
        c.setAccessible(true);
      }
      return c.newInstance(args);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot rebuild record "
              + r.getClass().getName()
              + " without its withheld fields (its constructor refused them)",
          e);
    }
  }

  private static Class<?> boxed(Class<?> t) {
    return t.isPrimitive() ? Array.get(Array.newInstance(t, 1), 0).getClass() : t;
  }

  /** A JavaBean: a public no-argument constructor, and a getter and setter per property. */
  private static Object bean(Decision d, Object v, int depth) {
    Class<?> type = v.getClass();
    Object out;
    try {
      Constructor<?> c = type.getConstructor();
      out = c.newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot minimize a "
              + type.getName()
              + ": not a map, record, collection or JavaBean with a public no-argument constructor");
    }
    int properties = 0;
    for (Method getter : type.getMethods()) {
      String property = property(getter);
      if (property == null) {
        continue;
      }
      properties++;
      if (!d.releasedFields().contains(property)) {
        continue;
      }
      Method setter;
      try {
        setter =
            type.getMethod(
                "set" + getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3),
                getter.getReturnType());
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(
            "cannot minimize bean " + type.getName() + ": property " + property + " has no setter");
      }
      Object value = field(d, property, read(v, getter, property), depth);
      try {
        if (value != null || !getter.getReturnType().isPrimitive()) {
          setter.invoke(out, value);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalArgumentException(
            "cannot set property " + property + " of " + type.getName(), e);
      }
    }
    if (properties == 0) {
      throw new IllegalArgumentException(
          "cannot minimize a " + type.getName() + ": it has no fields to judge");
    }
    return out;
  }

  private static @Nullable String property(Method m) {
    if (m.getParameterCount() != 0
        || Modifier.isStatic(m.getModifiers())
        || m.getDeclaringClass() == Object.class) {
      return null;
    }
    String n = m.getName();
    int at =
        n.startsWith("get") && n.length() > 3
            ? 3
            : n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class ? 2 : -1;
    if (at < 0) {
      return null;
    }
    String rest = n.substring(at);
    return rest.length() > 1 && Character.isUpperCase(rest.charAt(1))
        ? rest
        : rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
  }

  private static @Nullable Object read(Object target, Method accessor, String name) {
    try {
      if (!accessor.canAccess(target)) {
        accessor.setAccessible(true);
      }
      return accessor.invoke(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot read field "
              + name
              + " of "
              + target.getClass().getName()
              + ": make it public or open its package",
          e);
    }
  }

  /**
   * The record ids of the records in {@code v}: its elements' if it is a collection, array or page,
   * the value's of an {@code Optional}, else its own; each read from the field {@code idField}.
   */
  static List<String> recordIds(@Nullable Object v, String idField) {
    List<String> out = new ArrayList<>();
    for (Object e : records(v)) {
      out.add(recordId(e, idField));
    }
    return out;
  }

  /**
   * {@code v} with only the records whose id is in {@code ids}: a collection, array or page loses
   * the others (a page keeps its position; its total counts less what it lost); a single record (or
   * the value of an {@code Optional}) that is not among them is refused.
   */
  static @Nullable Object retain(@Nullable Object v, String idField, Set<String> ids) {
    if (v == null) {
      return null;
    }
    if (!container(v)) {
      for (Object e : records(v)) {
        if (!ids.contains(recordId(e, idField))) {
          throw new IllegalArgumentException("the record is not among those the decision covers");
        }
      }
      return v;
    }
    List<Object> kept = new ArrayList<>();
    for (Object e : records(v)) {
      if (ids.contains(recordId(e, idField))) {
        kept.add(e);
      }
    }
    if (v instanceof Set<?>) {
      return new LinkedHashSet<>(kept);
    }
    if (v instanceof Collection<?>) {
      return kept;
    }
    if (v.getClass().isArray()) {
      Object out = Array.newInstance(v.getClass().getComponentType(), kept.size());
      for (int i = 0; i < kept.size(); i++) {
        Array.set(out, i, kept.get(i));
      }
      return out;
    }
    return springDataPage(v, kept);
  }

  private static boolean container(Object v) {
    return v instanceof Collection<?>
        || (v.getClass().isArray() && !v.getClass().getComponentType().isPrimitive())
        || implementsNamed(v.getClass(), "org.springframework.data.domain.Slice");
  }

  /** The records {@code v} holds: see {@link #recordIds}. */
  private static List<?> records(@Nullable Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof Optional<?> o) {
      return o.stream().toList();
    }
    if (v instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    if (v.getClass().isArray() && !v.getClass().getComponentType().isPrimitive()) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < Array.getLength(v); i++) {
        out.add(Array.get(v, i));
      }
      return out;
    }
    if (implementsNamed(v.getClass(), "org.springframework.data.domain.Slice")) {
      return (List<?>) invoke(v, "getContent");
    }
    return List.of(v);
  }

  /** The id of {@code record}: its map entry, record component or bean property {@code idField}. */
  private static String recordId(@Nullable Object record, String idField) {
    Object id = null;
    if (record instanceof Map<?, ?> m) {
      id = m.get(idField);
    } else if (record instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (c.getName().equals(idField)) {
          id = read(r, c.getAccessor(), idField);
        }
      }
    } else if (record != null) {
      for (Method getter : record.getClass().getMethods()) {
        if (idField.equals(property(getter))) {
          id = read(record, getter, idField);
        }
      }
    }
    if (id instanceof CharSequence || id instanceof Number || id instanceof java.util.UUID) {
      return id.toString();
    }
    throw new IllegalArgumentException(
        "a returned record has no record id in its field " + idField + " to decide it by");
  }

  /** A page or slice of {@code content} in place of {@code page}, as Spring Data builds them. */
  private static Object springDataPage(Object page, List<Object> content) {
    int dropped = ((List<?>) invoke(page, "getContent")).size() - content.size();
    Object pageable = invoke(page, "getPageable");
    boolean isPage = implementsNamed(page.getClass(), "org.springframework.data.domain.Page");
    try {
      ClassLoader loader = page.getClass().getClassLoader();
      Class<?> pageableType =
          Class.forName("org.springframework.data.domain.Pageable", false, loader);
      if (isPage) {
        long total = (Long) invoke(page, "getTotalElements") - dropped;
        return Class.forName("org.springframework.data.domain.PageImpl", false, loader)
            .getConstructor(List.class, pageableType, long.class)
            .newInstance(content, pageable, total);
      }
      return Class.forName("org.springframework.data.domain.SliceImpl", false, loader)
          .getConstructor(List.class, pageableType, boolean.class)
          .newInstance(content, pageable, invoke(page, "hasNext"));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot rebuild the page " + page.getClass().getName() + " without its dropped records",
          e);
    }
  }

  private static Object invoke(Object target, String method) {
    try {
      Object out = target.getClass().getMethod(method).invoke(target);
      if (out == null) {
        throw new IllegalArgumentException(
            method + " of " + target.getClass().getName() + " is null");
      }
      return out;
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "cannot call " + method + " of " + target.getClass().getName(), e);
    }
  }

  /** A Spring Data {@code Page} or {@code Slice}, mapped through its own {@code map}. */
  private static @Nullable Object springDataPage(Decision d, Object v, int depth) {
    if (!implementsNamed(v.getClass(), "org.springframework.data.domain.Slice")) {
      return null;
    }
    try {
      Method map = v.getClass().getMethod("map", Function.class);
      Function<Object, Object> f = e -> minimize(d, e, depth + 1);
      return map.invoke(v, f);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot minimize the page " + v.getClass().getName(), e);
    }
  }

  private static boolean implementsNamed(Class<?> c, String name) {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Class<?> i : k.getInterfaces()) {
        if (i.getName().equals(name) || implementsNamed(i, name)) {
          return true;
        }
      }
    }
    return false;
  }
}
