package plan.dsl.cli;

import picocli.CommandLine.IVersionProvider;

/** Version shown by {@code --version}, from the jar's manifest when packaged. */
public class PlanVersion implements IVersionProvider {
	@Override
	public String[] getVersion() {
		return new String[] { "plan " + number() + " (Java " + Runtime.version() + ")" };
	}

	/** The bare version number, e.g. for SARIF's tool driver. */
	static String number() {
		String version = PlanVersion.class.getPackage().getImplementationVersion();
		return version == null ? "1.0.0-SNAPSHOT" : version;
	}
}
