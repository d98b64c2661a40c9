package ru.socorder.service.agreement;

import java.io.Serializable;
import java.util.List;

/**
 * What a generation did: the drafts created and, per executor passed over, why (it has an agreement already, …).
 */
public record Generated(List<AgreementView> created, List<String> skipped) implements Serializable {
}
