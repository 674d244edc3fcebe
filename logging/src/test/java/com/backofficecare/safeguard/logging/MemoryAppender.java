package com.backofficecare.safeguard.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;

/** Keeps what Logback writes, for assertions. */
public final class MemoryAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

  static final StringBuffer OUT = new StringBuffer();
  private Encoder<ILoggingEvent> encoder;

  public void setEncoder(Encoder<ILoggingEvent> encoder) {
    this.encoder = encoder;
  }

  @Override
  protected void append(ILoggingEvent event) {
    OUT.append(new String(encoder.encode(event), StandardCharsets.UTF_8));
  }
}
