package plan.dsl.validation;

import com.google.inject.ImplementedBy;

import plan.dsl.plan.DocLanguage;

/**
 * Judges whether a free text says too little to act or judge by. The signature is that of
 * {@code plan.dsl.facts.VaguenessChecker#isVague}, which replaces {@link MinimalVagueText} once both
 * are on one branch.
 */
@ImplementedBy(MinimalVagueText.class)
public interface VagueText {

	boolean isVague(String text, DocLanguage language);
}
