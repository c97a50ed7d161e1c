package plan.dsl.ide.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Singleton;

/** The issues last published for each file, so a hover over diagnosed text can explain their codes. */
@Singleton
public class PublishedIssues {

	private final Map<URI, List<Issue>> issues = new ConcurrentHashMap<>();

	void record(URI uri, List<Issue> published) {
		issues.put(uri, List.copyOf(published));
	}

	/** The issues of {@code uri} whose text contains {@code offset}. */
	public List<Issue> at(URI uri, int offset) {
		return issues.getOrDefault(uri, List.of()).stream().filter(issue -> issue.getOffset() != null
				&& issue.getLength() != null && issue.getOffset() <= offset && offset <= issue.getOffset() + issue.getLength())
				.toList();
	}
}
