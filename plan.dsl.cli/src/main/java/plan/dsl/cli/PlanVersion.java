package plan.dsl.cli;

import picocli.CommandLine.IVersionProvider;

/** Version shown by {@code --version}, from the jar's manifest when packaged. */
public class PlanVersion implements IVersionProvider {
	@Override
	public String[] getVersion() {
		String version = PlanVersion.class.getPackage().getImplementationVersion();
		return new String[] { "plan " + (version == null ? "1.0.0-SNAPSHOT" : version) + " (Java "
				+ Runtime.version() + ")" };
	}
}
