package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.core.record.FieldClassification;
import com.backofficecare.safeguard.core.record.RecordClassifier;
import com.backofficecare.safeguard.core.redaction.PseudonymKey;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.Redactor;
import com.backofficecare.safeguard.core.redaction.TableReport;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.PseudonymKeys;
import com.backofficecare.safeguard.crypto.WrappedKey;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safeguard redact-table}: CSV, TSV or JSON lines of any shape, redacted field by field. */
@Command(
    name = "redact-table",
    description = {
      "Redacts a table: CSV or TSV with a header row, or JSON lines of any",
      "shape, streamed row by row to standard output. Columns are classified by",
      "their names (dob, ssn, member_id) and the first --sample-rows rows;",
      "identifier columns are replaced whole by their type's operator, every",
      "other text value is scanned. Numbers are replaced when their field is an",
      "identifier and kept otherwise. Parsing is strict: a ragged row, a stray",
      "quote or malformed JSON stops the run with exit status 65, naming the",
      "file and line, never the content.",
      "Pseudonyms: derived from SAFEGUARD_PSEUDONYM_SECRET as redact does, or",
      "opened from a key store (--key-store, --pseudonym-key; the passphrase in",
      "SAFEGUARD_PASSPHRASE).",
      "Exit status: 0 ok, 2 usage, 65 bad data, 66 no such input or key store."
    },
    mixinStandardHelpOptions = true)
final class RedactTableCommand implements Callable<Integer> {

  /** Characters of sampled rows held at most before classifying, whatever --sample-rows says. */
  private static final long MAX_SAMPLE_CHARS = 1L << 24;

  enum Format {
    CSV,
    TSV,
    JSONL
  }

  @Spec CommandSpec spec;
  @Mixin DetectorOptions detection;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The table to read; standard input when absent (then --format is required).")
  @Nullable Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "csv, tsv or jsonl (default: from the file's extension).")
  @Nullable Format format;

  @Option(
      names = "--mode",
      defaultValue = "tag",
      paramLabel = "MODE",
      converter = RedactCommand.ModeConverter.class,
      description = "tag, mask, pseudonym, surrogate or safe-harbor (default: ${DEFAULT-VALUE}).")
  RedactionMode mode;

  @Option(
      names = "--agency",
      paramLabel = "AGENCY",
      description = "The agency whose pseudonym key is used (pseudonym mode).")
  @Nullable String agency;

  @Option(
      names = "--key-store",
      paramLabel = "FILE",
      description = "A LocalKeyStore holding the agency's KEK; with --pseudonym-key.")
  @Nullable Path keyStore;

  @Option(
      names = "--pseudonym-key",
      paramLabel = "WRAPPED",
      description = "The agency's wrapped pseudonym key, as 'safeguard pseudonym-key' printed it.")
  @Nullable String wrappedKey;

  @Option(
      names = "--sample-rows",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "Rows read before the columns are classified (default: ${DEFAULT-VALUE};"
              + " 0 classifies by names alone).")
  int sampleRows;

  @Option(
      names = "--max-row-chars",
      paramLabel = "N",
      defaultValue = "16777216",
      description = "Longest accepted row, bounding memory (default: ${DEFAULT-VALUE}).")
  int maxRowChars;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Writes a JSON report: rows, findings by type, each column's treatment.")
  @Nullable Path report;

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  /** A row or line that cannot be read; the message names the line, never its content. */
  private static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  private Redactor redactor;
  private RecordClassifier classifier;
  private final TableReport.Counter counter = new TableReport.Counter();
  private final List<TableReport.Column> columns = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Format f = format != null ? format : formatOf(file);
    if (sampleRows < 0 || maxRowChars < 1) {
      throw new ParameterException(
          spec.commandLine(), "--sample-rows must be 0 or more and --max-row-chars 1 or more");
    }
    PrintWriter err = spec.commandLine().getErr();
    PhiDetector detector = detection.detector(spec.commandLine());
    if (detector == null) {
      return ExitStatus.BAD_DATA;
    }
    PseudonymKey key;
    try {
      key = mode.needsKey() ? key() : null;
    } catch (NoSuchFileException e) {
      err.println("safeguard: no such key store: " + keyStore);
      return ExitStatus.NO_SUCH_INPUT;
    }
    redactor = Redactor.builder().detector(detector).mode(mode, key).build();
    classifier = RecordClassifier.using(detector);
    Reader in;
    try {
      in =
          file == null
              ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
              : Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("safeguard: no such file: " + file);
      return ExitStatus.NO_SUCH_INPUT;
    }
    String name = file == null ? "<stdin>" : file.toString();
    // Standard output is flushed, never closed: the caller may still write to it.
    Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    try (in) {
      try {
        if (f == Format.JSONL) {
          jsonLines(new BufferedReader(in), out);
        } else {
          table(in, f == Format.CSV ? ',' : '\t', out);
        }
        out.flush();
      } catch (BadInput | CsvTable.BadRowException | JsonLines.BadLineException e) {
        out.flush();
        err.println("safeguard: " + name + ": " + e.getMessage());
        return ExitStatus.BAD_DATA;
      }
    } finally {
      if (key != null) {
        key.destroy();
      }
    }
    if (report != null) {
      Files.writeString(report, counter.report(columns).toJson() + "\n");
    }
    return 0;
  }

  private Format formatOf(@Nullable Path path) {
    String n = path == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return Format.CSV;
    }
    if (n.endsWith(".tsv") || n.endsWith(".tab")) {
      return Format.TSV;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Format.JSONL;
    }
    throw new ParameterException(
        spec.commandLine(),
        "--format is required when the input is not a .csv, .tsv or .jsonl file");
  }

  private PseudonymKey key() throws NoSuchFileException {
    if (keyStore == null && wrappedKey == null) {
      return RedactCommand.secretKey(spec.commandLine(), agency);
    }
    if (keyStore == null || wrappedKey == null || agency == null) {
      throw new ParameterException(
          spec.commandLine(), "--key-store, --pseudonym-key and --agency go together");
    }
    if (!Files.isRegularFile(keyStore)) {
      throw new NoSuchFileException(keyStore.toString());
    }
    String pass = Environment.get("SAFEGUARD_PASSPHRASE");
    if (pass == null || pass.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "set SAFEGUARD_PASSPHRASE to the key store passphrase");
    }
    char[] chars = pass.toCharArray();
    try (LocalKeyStore keys = LocalKeyStore.builder(keyStore).passphrase(chars).open()) {
      return PseudonymKeys.open(keys, AgencyId.of(agency), WrappedKey.decode(wrappedKey));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  private void table(Reader in, char delimiter, Writer out)
      throws IOException, CsvTable.BadRowException, BadInput {
    CsvTable csv = new CsvTable(in, delimiter, maxRowChars);
    List<String> header = csv.next();
    if (header == null) {
      throw new BadInput("line 1: no header row");
    }
    if (header.get(0).startsWith("\ufeff")) {
      header.set(0, header.get(0).substring(1));
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).isBlank() || header.indexOf(header.get(i)) != i) {
        throw new BadInput(
            "line 1: column "
                + (i + 1)
                + (header.get(i).isBlank() ? " has no name" : " is named twice"));
      }
    }
    List<List<String>> sample = new ArrayList<>();
    long sampled = 0;
    while (sample.size() < sampleRows && sampled < MAX_SAMPLE_CHARS) {
      List<String> row = width(csv.next(), header.size(), csv.rowLine());
      if (row == null) {
        break;
      }
      sample.add(row);
      sampled += row.stream().mapToLong(String::length).sum();
    }
    PhiType[] types = new PhiType[header.size()];
    for (int i = 0; i < header.size(); i++) {
      int column = i;
      FieldClassification c =
          classifier.classifyColumn(
              header.get(i), sample.stream().map(r -> r.get(column)).toList());
      types[i] = c.type();
      columns.add(TableReport.Column.of(c));
    }
    CsvTable.write(out, delimiter, header);
    for (List<String> row : sample) {
      writeRow(out, delimiter, row, types);
    }
    sample.clear();
    for (List<String> row = width(csv.next(), header.size(), csv.rowLine());
        row != null;
        row = width(csv.next(), header.size(), csv.rowLine())) {
      writeRow(out, delimiter, row, types);
    }
  }

  private static @Nullable List<String> width(@Nullable List<String> row, int width, long line)
      throws BadInput {
    if (row != null && row.size() != width) {
      throw new BadInput(
          "line " + line + ": " + row.size() + " fields where the header row has " + width);
    }
    return row;
  }

  private void writeRow(Writer out, char delimiter, List<String> row, PhiType[] types)
      throws IOException {
    List<String> redacted = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      Redactor.Redaction r = redactor.redactField(types[i], row.get(i), null);
      counter.add(r);
      redacted.add(r.text());
    }
    counter.row();
    CsvTable.write(out, delimiter, redacted);
  }

  private void jsonLines(BufferedReader in, Writer out)
      throws IOException, JsonLines.BadLineException, BadInput {
    JsonLines lines = new JsonLines(in, maxRowChars);
    List<String> sample = new ArrayList<>();
    List<Long> sampleLines = new ArrayList<>();
    Map<String, List<String>> values = new LinkedHashMap<>();
    long sampled = 0;
    while (sample.size() < sampleRows && sampled < MAX_SAMPLE_CHARS) {
      String line = lines.nextLine();
      if (line == null) {
        break;
      }
      sample.add(line);
      sampleLines.add(lines.lineNumber());
      sampled += line.length();
      sampleTopLevel(line, lines.lineNumber(), values);
    }
    Map<String, @Nullable PhiType> plan = new LinkedHashMap<>();
    values.forEach(
        (field, v) -> {
          FieldClassification c = classifier.classifyColumn(field, v);
          plan.put(field, c.type());
          columns.add(TableReport.Column.of(c));
        });
    for (int i = 0; i < sample.size(); i++) {
      redactLine(sample.get(i), sampleLines.get(i), plan, out);
    }
    sample.clear();
    for (String line = lines.nextLine(); line != null; line = lines.nextLine()) {
      redactLine(line, lines.lineNumber(), plan, out);
    }
  }

  private static JsonParser parser(String line) throws IOException {
    JsonParser p = JsonLines.FACTORY.createParser(line);
    p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return p;
  }

  /** Adds the line's top-level string values to the sample of their field. */
  private static void sampleTopLevel(String line, long lineNumber, Map<String, List<String>> values)
      throws IOException, BadInput {
    try (JsonParser p = parser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadInput("line " + lineNumber + ": not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        List<String> column = values.computeIfAbsent(p.currentName(), k -> new ArrayList<>());
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING) {
          column.add(p.getText());
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new BadInput("line " + lineNumber + ": unexpected content after the JSON object");
      }
    } catch (JsonProcessingException e) {
      throw malformed(e, lineNumber);
    }
  }

  private void redactLine(
      String line, long lineNumber, Map<String, @Nullable PhiType> plan, Writer out)
      throws IOException, BadInput {
    StringWriter buffer = new StringWriter(line.length() + 16);
    try (JsonParser p = parser(line)) {
      JsonGenerator g = JsonLines.generator(buffer);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadInput("line " + lineNumber + ": not a JSON object");
      }
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        g.writeFieldName(field);
        PhiType type =
            plan.containsKey(field) ? plan.get(field) : RecordClassifier.typeOfFieldName(field);
        copy(p, g, field, type, p.nextToken());
      }
      g.writeEndObject();
      if (p.nextToken() != null) {
        throw new BadInput("line " + lineNumber + ": unexpected content after the JSON object");
      }
      g.flush();
    } catch (JsonProcessingException e) {
      throw malformed(e, lineNumber);
    }
    counter.row();
    out.write(buffer.toString());
    out.write('\n');
  }

  /** Copies one value; strings and identifier numbers are redacted with {@code type}. */
  private void copy(
      JsonParser p, JsonGenerator g, String field, @Nullable PhiType type, JsonToken t)
      throws IOException {
    switch (t) {
      case START_OBJECT -> {
        g.writeStartObject();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String inner = p.currentName();
          g.writeFieldName(inner);
          copy(p, g, inner, RecordClassifier.typeOfFieldName(inner), p.nextToken());
        }
        g.writeEndObject();
      }
      case START_ARRAY -> {
        g.writeStartArray();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          copy(p, g, field, type, e);
        }
        g.writeEndArray();
      }
      case VALUE_STRING -> {
        Redactor.Redaction r = redactor.redactField(type, p.getText(), null);
        counter.add(r);
        g.writeString(r.text());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        Redactor.Redaction n = type == null ? null : redactor.redactField(type, p.getText(), null);
        if (n == null || n.findings().isEmpty()) {
          g.writeNumber(p.getText());
        } else {
          counter.add(n);
          g.writeString(n.text());
        }
      }
      default -> g.copyCurrentEvent(p);
    }
  }

  private static BadInput malformed(JsonProcessingException e, long lineNumber) {
    // Jackson's message may quote the input: report only where it failed.
    String what =
        e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
            ? "a field named twice"
            : "malformed JSON at column "
                + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr());
    return new BadInput("line " + lineNumber + ": " + what);
  }
}
