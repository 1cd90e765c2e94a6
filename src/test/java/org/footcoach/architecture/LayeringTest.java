package org.footcoach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.footcoach", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule onlyUiAndAppTouchSwingOrAwt = noClasses()
            .that().resideOutsideOfPackages("org.footcoach.ui..", "org.footcoach.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .because("DESIGN.md: only ui and app touch Swing or AWT");
}
