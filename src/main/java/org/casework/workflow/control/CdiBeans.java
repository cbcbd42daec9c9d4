package org.casework.workflow.control;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets BPMN expressions such as {@code ${closeCase}} name {@code @Named} CDI beans. Camunda looks
 * names up in its "beans" map; this map answers from the CDI container, so no Camunda CDI module is needed.
 */
public class CdiBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;

    public CdiBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String s && !beanManager.getBeans(s).isEmpty();
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(s));
        if (bean == null) {
            return null;
        }
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        return beanManager.getReference(bean, Object.class, context);
    }

    /** Camunda only ever looks names up; listing every bean of the container is neither needed nor wise. */
    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
