/**
 * Survey vocabulary: typed answer {@link dev.cxkit.model.survey.Scale scales} and {@link
 * dev.cxkit.model.survey.Rating ratings} on them, the {@link dev.cxkit.model.survey.SurveyContext
 * context} a question was asked in (relationship-level or a touchpoint or journey step), and {@link
 * dev.cxkit.model.survey.SurveyResponse responses}.
 */
@CxStyle
@NullMarked
package dev.cxkit.model.survey;

import dev.cxkit.model.internal.CxStyle;
import org.jspecify.annotations.NullMarked;
