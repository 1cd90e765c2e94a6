package org.footcoach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which package may use which: content, then session, then speech, listen, store, sheet and ui side by side, then
 * app, which puts them together; files, under them all, for speech, store and sheet. A sub-package belongs to its
 * top package.
 */
@AnalyzeClasses(packages = "org.footcoach", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule packagesDependOnlyDownward = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("files").definedBy("org.footcoach.files..")
            .layer("content").definedBy("org.footcoach.content..")
            .layer("session").definedBy("org.footcoach.session..")
            .layer("speech").definedBy("org.footcoach.speech..")
            .layer("listen").definedBy("org.footcoach.listen..")
            .layer("store").definedBy("org.footcoach.store..")
            .layer("sheet").definedBy("org.footcoach.sheet..")
            .layer("ui").definedBy("org.footcoach.ui..")
            .layer("app").definedBy("org.footcoach.app..")
            .whereLayer("files").mayNotAccessAnyLayer()
            .whereLayer("content").mayNotAccessAnyLayer()
            .whereLayer("session").mayOnlyAccessLayers("content")
            .whereLayer("speech").mayOnlyAccessLayers("session", "content", "files")
            .whereLayer("listen").mayOnlyAccessLayers("session", "content")
            .whereLayer("store").mayOnlyAccessLayers("session", "content", "files")
            .whereLayer("sheet").mayOnlyAccessLayers("session", "content", "files")
            .whereLayer("ui").mayOnlyAccessLayers("session", "content")
            .because("writing a file whole is one small tool that speech, store and sheet share; the exercise file"
                    + " can be checked without a session, a session runs and is tested on a virtual clock without"
                    + " sound, microphone, files or screen, and speech, voice commands, the event log, the history,"
                    + " the printable sheet and the screens each depend only on the session, so any of them can"
                    + " change or be left out without touching the others; only app wires them together");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.footcoach.(*)..")
            .should().beFreeOfCycles()
            .because("a package that needs another must not be needed by it, or neither can be understood, tested"
                    + " or changed alone");

    @ArchTest
    static final ArchRule noCyclesBetweenSubPackages = slices().matching("org.footcoach.(**)")
            .should().beFreeOfCycles()
            .because("the parts inside a package depend one way too, so each can be read and tested alone");

    @ArchTest
    static final ArchRule onlyUiAndAppTouchSwingOrAwt = noClasses()
            .that().resideOutsideOfPackages("org.footcoach.ui..", "org.footcoach.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .because("the session, speech, voice commands and the event log run without a screen (the track export,"
                    + " headless tests), and Swing wants its components on its own thread: only the screens and"
                    + " the wiring that shows them touch Swing or AWT");

    @ArchTest
    static final ArchRule controllersDecideWithoutSwing = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..")
            .because("a screen's controller decides what a command does and the screen only draws it, so what a"
                    + " command does can be tested without a screen and every screen is driven the same way");
}
