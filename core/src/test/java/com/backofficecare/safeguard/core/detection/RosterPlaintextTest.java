package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After loading, no roster value can be reached from the detector, as text or as bytes. */
@Tag("POL-2.3")
class RosterPlaintextTest {

  private static final List<String> SECRETS =
      List.of(
          "Quenvolda",
          "Trabiszewski",
          "Vostrikova",
          "20488173",
          "204-88-173",
          "6145550187",
          "555-0187",
          "Quillmoor",
          "Gumbolina");

  @TempDir Path dir;

  @Test
  void noRosterValueIsReachableFromTheDetector() throws Exception {
    Files.writeString(
        dir.resolve("roster.csv"),
        """
        first,last,mrn,phone,street
        Quenvolda,Trabiszewski,204-88-173,(614) 555-0187,4417 Quillmoor Lane
        Ileana,Vostrikova-Bell,,,
        """,
        StandardCharsets.UTF_8);
    Path yaml =
        Files.writeString(
            dir.resolve("p.yaml"),
            """
        agency: a
        roster:
          file: roster.csv
          columns: {first: NAME, last: NAME, mrn: MRN, phone: PHONE, street: ADDRESS}
        deny: [{type: NAME, values: [Gumbolina]}]
        """);
    PhiDetector fromFile = PhiDetector.builder().profile(DetectionProfile.load(yaml)).build();
    PhiDetector fromCode =
        PhiDetector.builder()
            .profile(
                DetectionProfile.builder()
                    .agency(AgencyId.of("a"))
                    .person(
                        List.of("Quenvolda Trabiszewski"),
                        Map.of(PhiType.MRN, List.of("204-88-173")))
                    .build())
            .build();
    for (PhiDetector d : List.of(fromFile, fromCode)) {
      assertThat(d.detect("Quenvolda Trabiszewski 204-88-173 (614) 555-0187")).isNotEmpty();
      assertThat(reachable(d)).as("roster values reachable from the detector").isEmpty();
    }
  }

  @Test
  void theWalkFindsAValueThatIsThere() {
    Object holder = List.of(new Object[] {"x", List.of("quenvolda".toCharArray())});
    assertThat(reachable(holder)).contains("Quenvolda");
  }

  /** The secrets found in any string, char array or byte array reachable from {@code root}. */
  private static List<String> reachable(Object root) {
    List<String> found = new ArrayList<>();
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    ArrayList<Object> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      Object o = todo.remove(todo.size() - 1);
      if (o == null || seen.put(o, Boolean.TRUE) != null || o instanceof Class) {
        continue;
      }
      Class<?> c = o.getClass();
      if (o instanceof String s) {
        check(s, found);
      } else if (o instanceof char[] chars) {
        check(new String(chars), found);
      } else if (o instanceof byte[] bytes) {
        check(new String(bytes, StandardCharsets.ISO_8859_1), found);
        check(new String(bytes, StandardCharsets.UTF_16BE), found);
      } else if (c.isArray()) {
        if (!c.getComponentType().isPrimitive()) {
          for (int i = 0; i < Array.getLength(o); i++) {
            todo.add(Array.get(o, i));
          }
        }
      } else if (o instanceof Collection<?> col) {
        todo.addAll(col);
      } else if (o instanceof Map<?, ?> map) {
        todo.addAll(map.keySet());
        todo.addAll(map.values());
      } else {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
          for (Field f : k.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
              continue;
            }
            try {
              f.setAccessible(true);
              todo.add(f.get(o));
            } catch (RuntimeException | IllegalAccessException e) {
              // a JDK class that is not open to us: its fields are not the detector's
            }
          }
        }
      }
    }
    return found;
  }

  private static void check(String s, List<String> found) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String secret : SECRETS) {
      String n = secret.toLowerCase(Locale.ROOT);
      if (lower.contains(n) || lower.contains(n.replaceAll("[^a-z0-9]", ""))) {
        found.add(secret);
      }
    }
  }
}
