package yuanwen.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import yuanwen.read.SourceFormat;
import yuanwen.script.Conversions;
import yuanwen.script.TargetScript;

/**
 * A bash completion script made from the command registry, so that it always knows this version's
 * commands and options. Values the shell cannot know are completed from what Yuanwen knows: OpenCC
 * conversion names, target scripts, export and source formats, alignment names in ./aligned.
 */
final class BashCompletion {

    /** Options whose value is a file or folder. */
    private static final List<String> PATH_OPTIONS = List.of("zh", "en", "in", "out", "file", "glossary");

    private BashCompletion() {
    }

    static String script(CommandRegistry registry) {
        Map<String, TreeSet<String>> options = new TreeMap<>();
        TreeSet<String> top = new TreeSet<>();
        Map<String, TreeSet<String>> subs = new TreeMap<>();
        for (Command c : registry.getCommands()) {
            if (c.isHidden()) {
                continue;
            }
            String[] words = c.getName().split(" ");
            top.add(words[0]);
            if (words.length > 1) {
                subs.computeIfAbsent(words[0], k -> new TreeSet<>()).add(words[1]);
            }
            TreeSet<String> names = options.computeIfAbsent(c.getName().replace(' ', '_'), k -> new TreeSet<>());
            for (CommandOption o : c.getOptions()) {
                names.add("--" + o.longName());
            }
            names.add("--help");
        }
        StringBuilder out = new StringBuilder();
        out.append("# bash completion for yuanwen (made by: yuanwen completion bash)\n");
        out.append("_yuanwen() {\n");
        out.append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n");
        out.append("  local cmd=${COMP_WORDS[1]} sub=${COMP_WORDS[2]} opts=\n");
        out.append("  if [ \"$COMP_CWORD\" -eq 1 ]; then\n");
        out.append("    COMPREPLY=($(compgen -W \"").append(String.join(" ", top)).append(" --help --version\" -- \"$cur\")); return\n");
        out.append("  fi\n");
        out.append("  case $cmd in\n");
        subs.forEach((group, names) -> out.append("    ").append(group).append(") if [ \"$COMP_CWORD\" -eq 2 ]; then ")
                .append("COMPREPLY=($(compgen -W \"").append(String.join(" ", names))
                .append("\" -- \"$cur\")); return; fi; opts_key=${cmd}_${sub} ;;\n"));
        out.append("    *) opts_key=$cmd ;;\n");
        out.append("  esac\n");
        out.append("  case $prev in\n");
        out.append("    --config|-c) COMPREPLY=($(compgen -W \"").append(String.join(" ", Conversions.NAMES))
                .append("\" -- \"$cur\")); return ;;\n");
        List<String> scripts = new ArrayList<>();
        for (TargetScript t : TargetScript.values()) {
            scripts.add(t.name().toLowerCase(java.util.Locale.ROOT));
        }
        out.append("    --to|-t) COMPREPLY=($(compgen -W \"").append(String.join(" ", scripts)).append("\" -- \"$cur\")); return ;;\n");
        out.append("    --format) case $cmd in\n");
        out.append("        pairs) COMPREPLY=($(compgen -W \"tmx tsv beads\" -- \"$cur\")) ;;\n");
        out.append("        glossary) COMPREPLY=($(compgen -W \"tsv csv tbx\" -- \"$cur\")) ;;\n");
        List<String> sources = new ArrayList<>();
        for (SourceFormat f : SourceFormat.values()) {
            sources.add(f.label());
        }
        out.append("        *) COMPREPLY=($(compgen -W \"").append(String.join(" ", sources)).append("\" -- \"$cur\")) ;;\n");
        out.append("      esac; return ;;\n");
        out.append("    --lang|-l) COMPREPLY=($(compgen -W \"zh en\" -- \"$cur\")); return ;;\n");
        out.append("    --sort) COMPREPLY=($(compgen -W \"score id\" -- \"$cur\")); return ;;\n");
        out.append("    --status) COMPREPLY=($(compgen -W \"auto accepted rejected edited\" -- \"$cur\")); return ;;\n");
        out.append("    --").append(String.join("|--", PATH_OPTIONS)).append(") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n");
        out.append("  esac\n");
        out.append("  case $opts_key in\n");
        options.forEach((key, names) -> out.append("    ").append(key).append(") opts=\"")
                .append(String.join(" ", names)).append("\" ;;\n"));
        out.append("  esac\n");
        out.append("  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\")); return; fi\n");
        out.append("  if [ \"$cmd\" = pairs ] && [ \"$COMP_CWORD\" -eq 3 ] && [ -d aligned ]; then\n");
        out.append("    local names=$(cd aligned && ls *.json 2>/dev/null | sed 's/\\.json$//')\n");
        out.append("    COMPREPLY=($(compgen -W \"$names\" -- \"$cur\")); return\n");
        out.append("  fi\n");
        out.append("  COMPREPLY=($(compgen -f -- \"$cur\"))\n");
        out.append("}\n");
        out.append("complete -o filenames -F _yuanwen yuanwen\n");
        return out.toString();
    }
}
