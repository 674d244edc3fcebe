package com.backofficecare.safeguard.core.record;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.core.PhiType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field, record component or getter of an application's own type with what it holds,
 * overriding the classifier's guess from the name. {@code freeText = true} asks for the value to be
 * scanned instead (notes, comments).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface PhiField {

  /** The identifier type the field holds; ignored when {@link #freeText()} is set. */
  PhiType[] value() default {};

  /** The data category of the field (policy section 2). */
  DataCategory category() default DataCategory.CLIENT_RECORDS;

  /** Whether the field is free text to be scanned. */
  boolean freeText() default false;
}
