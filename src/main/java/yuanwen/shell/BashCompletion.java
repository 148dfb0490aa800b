package yuanwen.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import yuanwen.script.Conversions;

/**
 * A bash completion script made from the command registry, so that it always knows this version's
 * commands and options. Values the shell cannot know are completed from what Yuanwen knows: OpenCC
 * conversion names, target scripts, export and source formats, alignment names in ./aligned.
 */
final class BashCompletion {

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
        out.append("    --to|-t) COMPREPLY=($(compgen -W \"").append(String.join(" ", OptionValues.targets()))
                .append("\" -- \"$cur\")); return ;;\n");
        out.append("    --format) case $cmd in\n");
        out.append("        pairs) COMPREPLY=($(compgen -W \"").append(String.join(" ", OptionValues.PAIRS_FORMATS))
                .append("\" -- \"$cur\")) ;;\n");
        out.append("        glossary) COMPREPLY=($(compgen -W \"").append(String.join(" ", OptionValues.GLOSSARY_FORMATS))
                .append("\" -- \"$cur\")) ;;\n");
        out.append("        *) COMPREPLY=($(compgen -W \"").append(String.join(" ", OptionValues.sourceFormats()))
                .append("\" -- \"$cur\")) ;;\n");
        out.append("      esac; return ;;\n");
        out.append("    --lang|-l) COMPREPLY=($(compgen -W \"").append(String.join(" ", OptionValues.LANGUAGES))
                .append("\" -- \"$cur\")); return ;;\n");
        out.append("    --sort) COMPREPLY=($(compgen -W \"").append(String.join(" ", OptionValues.SORTS))
                .append("\" -- \"$cur\")); return ;;\n");
        out.append("    --status) COMPREPLY=($(compgen -W \"").append(String.join(" ", OptionValues.STATUSES))
                .append("\" -- \"$cur\")); return ;;\n");
        out.append("    --aligned) local names=$(cd \"${YUANWEN_HOME:-.}/aligned\" 2>/dev/null && ls *.json 2>/dev/null | sed 's/\\.json$//')\n");
        out.append("      [ -d aligned ] && names=$(cd aligned && ls *.json 2>/dev/null | sed 's/\\.json$//')\n");
        out.append("      COMPREPLY=($(compgen -W \"$names\" -- \"$cur\")); return ;;\n");
        out.append("    --").append(String.join("|--", OptionValues.PATH_OPTIONS)).append(") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n");
        out.append("  esac\n");
        out.append("  case $opts_key in\n");
        options.forEach((key, names) -> out.append("    ").append(key).append(") opts=\"")
                .append(String.join(" ", names)).append("\" ;;\n"));
        out.append("  esac\n");
        out.append("  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\")); return; fi\n");
        out.append("  local store=aligned; [ -d aligned ] || store=\"${YUANWEN_HOME:-.}/aligned\"\n");
        out.append("  if [ \"$cmd\" = pairs ] && [ \"$COMP_CWORD\" -eq 3 ] && [ -d \"$store\" ]; then\n");
        out.append("    local names=$(cd \"$store\" && ls *.json 2>/dev/null | sed 's/\\.json$//')\n");
        out.append("    COMPREPLY=($(compgen -W \"$names\" -- \"$cur\")); return\n");
        out.append("  fi\n");
        // Pair ids of the alignment named before: the "id" fields of its links (p1, p2, …).
        out.append("  if [ \"$cmd\" = pairs ] && [ \"$COMP_CWORD\" -ge 4 ] && [ -f \"$store/${COMP_WORDS[3]}.json\" ]; then\n");
        out.append("    case $sub in show|accept|reject|edit)\n");
        out.append("      local ids=$(grep -o '\"id\" *: *\"p[0-9]*\"' \"$store/${COMP_WORDS[3]}.json\" | grep -o 'p[0-9]*')\n");
        out.append("      COMPREPLY=($(compgen -W \"$ids\" -- \"$cur\")); return ;;\n");
        out.append("    esac\n");
        out.append("  fi\n");
        out.append("  COMPREPLY=($(compgen -f -- \"$cur\"))\n");
        out.append("}\n");
        out.append("complete -o filenames -F _yuanwen yuanwen\n");
        return out.toString();
    }
}
