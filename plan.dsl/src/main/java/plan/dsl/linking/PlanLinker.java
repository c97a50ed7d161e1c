package plan.dsl.linking;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.Multimap;

/**
 * Xtext's lazy linker, which can also link one re-parsed section of a plan instead of the whole plan
 * ({@link #linkSection}).
 */
public class PlanLinker extends LazyLinker {

	/**
	 * Links {@code section}, just put in place of a section that declared the same names in the same order, as
	 * linking the whole {@code model} would: its references become lazy proxies, and so do those of every
	 * object elsewhere that referred into the section it replaced (now unloaded, so a proxy that would resolve by
	 * its position, not its name). References elsewhere that resolved to objects outside the section resolve to
	 * the same objects again, since no declared name changed; unresolved ones are still lazy proxies and resolve
	 * anew. The lazy proxy information of the rest of the model is kept.
	 */
	public void linkSection(EObject model, EObject section, IDiagnosticConsumer consumer) {
		doLinkModel(section, consumer);
		Resource resource = model.eResource();
		LinkingDiagnosticProducer producer = new LinkingDiagnosticProducer(consumer);
		Multimap<EStructuralFeature.Setting, INode> settingsToLink = ArrayListMultimap.create();
		getCache().execWithoutCacheClear(resource, state -> {
			TreeIterator<EObject> objects = EcoreUtil.getAllProperContents(List.of(model), false);
			while (objects.hasNext()) {
				EObject object = objects.next();
				if (object == section) {
					objects.prune();
				} else if (refersToUnloaded(object, resource)) {
					clearReferences(object);
					installProxies(object, producer, settingsToLink);
				}
			}
			return null;
		});
		installQueuedLinks(settingsToLink);
	}

	/** Whether a cross-reference of {@code object} holds an unloaded object of {@code resource}. */
	private boolean refersToUnloaded(EObject object, Resource resource) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
				continue;
			}
			Object value = object.eGet(reference, false);
			if (value instanceof List<?> list) {
				for (Object target : list instanceof InternalEList<?> internal ? internal.basicList() : list) {
					if (isUnloaded((EObject) target, resource)) {
						return true;
					}
				}
			} else if (value instanceof EObject target && isUnloaded(target, resource)) {
				return true;
			}
		}
		return false;
	}

	private boolean isUnloaded(EObject target, Resource resource) {
		if (!target.eIsProxy()) {
			return false;
		}
		URI uri = ((InternalEObject) target).eProxyURI();
		return resource.getURI().equals(uri.trimFragment()) && !getEncoder().isCrossLinkFragment(resource, uri.fragment());
	}
}
