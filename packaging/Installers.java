import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The native installers jpackage can make on this OS, from the trained app image. */
record Installers(Package build, Path appImage) {
    List<Path> create() throws IOException {
        Path destination = build.work.resolve("installer");
        Path associations = fileAssociations();
        for (String type : types()) {
            List<String> args = new ArrayList<>(List.of("--type", type, "--dest", destination.toString(),
                    "--app-image", appImage.toString(), "--name", Package.NAME,
                    "--app-version", AppImage.bundleVersion(build), "--vendor", Package.NAME,
                    "--description", build.description, "--icon", AppImage.icon(build.os).toString(),
                    "--file-associations", associations.toString()));
            args.addAll(switch (build.os) {
                // packaging/linux: /usr/bin/threshold (postinst, prerm); the menu entry opens an archive given to it.
                case LINUX -> List.of("--linux-package-name", "threshold", "--linux-shortcut",
                        "--linux-menu-group", "Office", "--resource-dir", "packaging/linux");
                case WINDOWS -> List.of("--win-upgrade-uuid", Package.WINDOWS_UPGRADE_UUID, "--win-menu",
                        "--win-menu-group", Package.NAME, "--win-dir-chooser");
                case MAC -> List.of();
            });
            Tools.tool("jpackage", args.toArray(String[]::new));
        }
        try (Stream<Path> made = Files.list(destination)) {
            return made.sorted().toList();
        }
    }

    private List<String> types() {
        return switch (build.os) {
            case WINDOWS -> List.of("msi");
            case MAC -> List.of("dmg");
            case LINUX -> {
                List<String> types = new ArrayList<>();
                if (onPath("dpkg-deb")) {
                    types.add("deb");
                }
                if (onPath("rpmbuild")) {
                    types.add("rpm");
                }
                if (types.isEmpty()) {
                    Package.fail("Neither dpkg-deb nor rpmbuild is installed, so no Linux package can be made.");
                }
                yield types;
            }
        };
    }

    /** Session archives (.threshold) open in Threshold, which offers to import them. */
    private Path fileAssociations() throws IOException {
        Path file = build.work.resolve("archive-association.properties");
        Files.writeString(file, String.join("\n",
                "extension=" + Package.ARCHIVE_EXTENSION,
                "mime-type=application/x-threshold-archive",
                "description=Threshold workshop archive",
                "icon=" + documentIcon().toAbsolutePath().toString().replace('\\', '/'), ""));
        return file;
    }

    /** Linux installs the archive's icon as a 128-pixel theme icon; the other OSes take the app's icon file. */
    private Path documentIcon() {
        return build.os == Package.Os.LINUX ? Path.of("assets/icon/threshold-128.png") : AppImage.icon(build.os);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
