package org.gongshi.web.ui.relief;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.MaskRule;
import org.gongshi.relief.PolicyView;
import org.gongshi.relief.ReliefListService;
import org.gongshi.relief.ReliefListType;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.MainLayout;
import org.gongshi.web.ui.UserMessages;

import java.util.EnumMap;
import java.util.Map;

/**
 * A tenant administrator chooses, per list type, how each kind of column is masked — among the rules
 * above the floor only (the service refuses anything else and audits every change with the old and
 * new policy). Other staff see the rules in force, read-only.
 */
@Route(value = "relief-lists/policies", layout = MainLayout.class)
@Dependent
public class ReliefMaskingPolicyView extends VerticalLayout implements HasDynamicTitle {

    private final ReliefListService relief;
    private final StaffIdentity me;
    private final Select<ReliefListType> type = new Select<>();
    private final FormLayout form = new FormLayout();
    private final Map<FieldType, Select<MaskRule>> rules = new EnumMap<>(FieldType.class);
    private final Button save = new Button();
    private PolicyView shown;

    @Inject
    public ReliefMaskingPolicyView(ReliefListService relief, Callers callers) {
        this.relief = relief;
        this.me = UserMessages.signedIn(callers);
        setWidthFull();
        H2 heading = new H2(getTranslation("relief.policy.title"));
        heading.getStyle().set("margin", "0");
        type.setId("relief-policy-type");
        type.setLabel(getTranslation("relief.policy.type"));
        type.setItems(ReliefListType.values());
        type.setItemLabelGenerator(t -> getTranslation("relief.type." + t.name()));
        type.setWidth("24rem");
        type.addValueChangeListener(e -> load());
        form.setId("relief-policy-form");
        boolean admin = me != null && me.has(StaffRole.TENANT_ADMIN);
        for (FieldType field : FieldType.values()) {
            if (MaskingChoices.choices(field).size() < 2) {
                continue;
            }
            Select<MaskRule> select = new Select<>();
            select.setId("relief-rule-" + field.name());
            select.setLabel(getTranslation("relief.field." + field.name()));
            select.setItems(MaskingChoices.choices(field));
            select.setItemLabelGenerator(r -> getTranslation("relief.rule." + r.name()));
            select.setReadOnly(!admin);
            rules.put(field, select);
            form.add(select);
        }
        save.setId("relief-policy-save");
        save.setText(getTranslation("relief.policy.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setVisible(admin);
        save.addClickListener(e -> save());
        add(heading, type, form, save);
        type.setValue(ReliefListType.DIBAO_FIRST_REVIEW);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("relief.policy.title"));
    }

    private void load() {
        if (me == null || type.getValue() == null) {
            return;
        }
        try {
            shown = relief.policy(me.division(), type.getValue());
            rules.forEach((field, select) -> select.setValue(shown.rules().get(field)));
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    private void save() {
        if (shown == null) {
            return;
        }
        Map<FieldType, MaskRule> chosen = new EnumMap<>(FieldType.class);
        rules.forEach((field, select) -> {
            if (select.getValue() != null) {
                chosen.put(field, select.getValue());
            }
        });
        try {
            shown = relief.changePolicy(me.division(), type.getValue(), chosen, shown.version());
            UserMessages.success("relief.policy.saved");
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    /** The rules offered for a field type: the privacy module's choices above the floor. */
    static final class MaskingChoices {
        private MaskingChoices() {
        }

        static java.util.List<MaskRule> choices(FieldType field) {
            return org.gongshi.privacy.MaskingPolicy.choicesFor(field);
        }
    }
}
