_saslkit() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="saslkit"
                ;;
            saslkit,auth)
                cmd="saslkit__subcmd__auth"
                ;;
            saslkit,db)
                cmd="saslkit__subcmd__db"
                ;;
            saslkit,doctor)
                cmd="saslkit__subcmd__doctor"
                ;;
            saslkit,generate)
                cmd="saslkit__subcmd__generate"
                ;;
            saslkit,help)
                cmd="saslkit__subcmd__help"
                ;;
            saslkit,listusers)
                cmd="saslkit__subcmd__listusers"
                ;;
            saslkit,map)
                cmd="saslkit__subcmd__map"
                ;;
            saslkit,probe)
                cmd="saslkit__subcmd__probe"
                ;;
            saslkit,realm)
                cmd="saslkit__subcmd__realm"
                ;;
            saslkit,user)
                cmd="saslkit__subcmd__user"
                ;;
            saslkit__subcmd__auth,anonymous)
                cmd="saslkit__subcmd__auth__subcmd__anonymous"
                ;;
            saslkit__subcmd__auth,cram-md5)
                cmd="saslkit__subcmd__auth__subcmd__cram__subcmd__md5"
                ;;
            saslkit__subcmd__auth,cram-sha1)
                cmd="saslkit__subcmd__auth__subcmd__cram__subcmd__sha1"
                ;;
            saslkit__subcmd__auth,cram-sha256)
                cmd="saslkit__subcmd__auth__subcmd__cram__subcmd__sha256"
                ;;
            saslkit__subcmd__auth,decode)
                cmd="saslkit__subcmd__auth__subcmd__decode"
                ;;
            saslkit__subcmd__auth,digest-md5)
                cmd="saslkit__subcmd__auth__subcmd__digest__subcmd__md5"
                ;;
            saslkit__subcmd__auth,external)
                cmd="saslkit__subcmd__auth__subcmd__external"
                ;;
            saslkit__subcmd__auth,help)
                cmd="saslkit__subcmd__auth__subcmd__help"
                ;;
            saslkit__subcmd__auth,login)
                cmd="saslkit__subcmd__auth__subcmd__login"
                ;;
            saslkit__subcmd__auth,oauthbearer)
                cmd="saslkit__subcmd__auth__subcmd__oauthbearer"
                ;;
            saslkit__subcmd__auth,plain)
                cmd="saslkit__subcmd__auth__subcmd__plain"
                ;;
            saslkit__subcmd__auth,scram-sha-1)
                cmd="saslkit__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__1"
                ;;
            saslkit__subcmd__auth,scram-sha-256)
                cmd="saslkit__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__256"
                ;;
            saslkit__subcmd__auth,scram-sha-512)
                cmd="saslkit__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__512"
                ;;
            saslkit__subcmd__auth,xoauth2)
                cmd="saslkit__subcmd__auth__subcmd__xoauth2"
                ;;
            saslkit__subcmd__auth__subcmd__help,anonymous)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__anonymous"
                ;;
            saslkit__subcmd__auth__subcmd__help,cram-md5)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__cram__subcmd__md5"
                ;;
            saslkit__subcmd__auth__subcmd__help,cram-sha1)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__cram__subcmd__sha1"
                ;;
            saslkit__subcmd__auth__subcmd__help,cram-sha256)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__cram__subcmd__sha256"
                ;;
            saslkit__subcmd__auth__subcmd__help,decode)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__decode"
                ;;
            saslkit__subcmd__auth__subcmd__help,digest-md5)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__digest__subcmd__md5"
                ;;
            saslkit__subcmd__auth__subcmd__help,external)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__external"
                ;;
            saslkit__subcmd__auth__subcmd__help,help)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__help"
                ;;
            saslkit__subcmd__auth__subcmd__help,login)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__login"
                ;;
            saslkit__subcmd__auth__subcmd__help,oauthbearer)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__oauthbearer"
                ;;
            saslkit__subcmd__auth__subcmd__help,plain)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__plain"
                ;;
            saslkit__subcmd__auth__subcmd__help,scram-sha-1)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__scram__subcmd__sha__subcmd__1"
                ;;
            saslkit__subcmd__auth__subcmd__help,scram-sha-256)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__scram__subcmd__sha__subcmd__256"
                ;;
            saslkit__subcmd__auth__subcmd__help,scram-sha-512)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__scram__subcmd__sha__subcmd__512"
                ;;
            saslkit__subcmd__auth__subcmd__help,xoauth2)
                cmd="saslkit__subcmd__auth__subcmd__help__subcmd__xoauth2"
                ;;
            saslkit__subcmd__db,check)
                cmd="saslkit__subcmd__db__subcmd__check"
                ;;
            saslkit__subcmd__db,convert)
                cmd="saslkit__subcmd__db__subcmd__convert"
                ;;
            saslkit__subcmd__db,help)
                cmd="saslkit__subcmd__db__subcmd__help"
                ;;
            saslkit__subcmd__db,info)
                cmd="saslkit__subcmd__db__subcmd__info"
                ;;
            saslkit__subcmd__db__subcmd__help,check)
                cmd="saslkit__subcmd__db__subcmd__help__subcmd__check"
                ;;
            saslkit__subcmd__db__subcmd__help,convert)
                cmd="saslkit__subcmd__db__subcmd__help__subcmd__convert"
                ;;
            saslkit__subcmd__db__subcmd__help,help)
                cmd="saslkit__subcmd__db__subcmd__help__subcmd__help"
                ;;
            saslkit__subcmd__db__subcmd__help,info)
                cmd="saslkit__subcmd__db__subcmd__help__subcmd__info"
                ;;
            saslkit__subcmd__help,auth)
                cmd="saslkit__subcmd__help__subcmd__auth"
                ;;
            saslkit__subcmd__help,db)
                cmd="saslkit__subcmd__help__subcmd__db"
                ;;
            saslkit__subcmd__help,doctor)
                cmd="saslkit__subcmd__help__subcmd__doctor"
                ;;
            saslkit__subcmd__help,generate)
                cmd="saslkit__subcmd__help__subcmd__generate"
                ;;
            saslkit__subcmd__help,help)
                cmd="saslkit__subcmd__help__subcmd__help"
                ;;
            saslkit__subcmd__help,listusers)
                cmd="saslkit__subcmd__help__subcmd__listusers"
                ;;
            saslkit__subcmd__help,map)
                cmd="saslkit__subcmd__help__subcmd__map"
                ;;
            saslkit__subcmd__help,probe)
                cmd="saslkit__subcmd__help__subcmd__probe"
                ;;
            saslkit__subcmd__help,realm)
                cmd="saslkit__subcmd__help__subcmd__realm"
                ;;
            saslkit__subcmd__help,user)
                cmd="saslkit__subcmd__help__subcmd__user"
                ;;
            saslkit__subcmd__help__subcmd__auth,anonymous)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__anonymous"
                ;;
            saslkit__subcmd__help__subcmd__auth,cram-md5)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__cram__subcmd__md5"
                ;;
            saslkit__subcmd__help__subcmd__auth,cram-sha1)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__cram__subcmd__sha1"
                ;;
            saslkit__subcmd__help__subcmd__auth,cram-sha256)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__cram__subcmd__sha256"
                ;;
            saslkit__subcmd__help__subcmd__auth,decode)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__decode"
                ;;
            saslkit__subcmd__help__subcmd__auth,digest-md5)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__digest__subcmd__md5"
                ;;
            saslkit__subcmd__help__subcmd__auth,external)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__external"
                ;;
            saslkit__subcmd__help__subcmd__auth,login)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__login"
                ;;
            saslkit__subcmd__help__subcmd__auth,oauthbearer)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__oauthbearer"
                ;;
            saslkit__subcmd__help__subcmd__auth,plain)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__plain"
                ;;
            saslkit__subcmd__help__subcmd__auth,scram-sha-1)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__1"
                ;;
            saslkit__subcmd__help__subcmd__auth,scram-sha-256)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__256"
                ;;
            saslkit__subcmd__help__subcmd__auth,scram-sha-512)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__512"
                ;;
            saslkit__subcmd__help__subcmd__auth,xoauth2)
                cmd="saslkit__subcmd__help__subcmd__auth__subcmd__xoauth2"
                ;;
            saslkit__subcmd__help__subcmd__db,check)
                cmd="saslkit__subcmd__help__subcmd__db__subcmd__check"
                ;;
            saslkit__subcmd__help__subcmd__db,convert)
                cmd="saslkit__subcmd__help__subcmd__db__subcmd__convert"
                ;;
            saslkit__subcmd__help__subcmd__db,info)
                cmd="saslkit__subcmd__help__subcmd__db__subcmd__info"
                ;;
            saslkit__subcmd__help__subcmd__map,check)
                cmd="saslkit__subcmd__help__subcmd__map__subcmd__check"
                ;;
            saslkit__subcmd__help__subcmd__map,compile)
                cmd="saslkit__subcmd__help__subcmd__map__subcmd__compile"
                ;;
            saslkit__subcmd__help__subcmd__map,convert)
                cmd="saslkit__subcmd__help__subcmd__map__subcmd__convert"
                ;;
            saslkit__subcmd__help__subcmd__map,dump)
                cmd="saslkit__subcmd__help__subcmd__map__subcmd__dump"
                ;;
            saslkit__subcmd__help__subcmd__map,lookup)
                cmd="saslkit__subcmd__help__subcmd__map__subcmd__lookup"
                ;;
            saslkit__subcmd__help__subcmd__map,query)
                cmd="saslkit__subcmd__help__subcmd__map__subcmd__query"
                ;;
            saslkit__subcmd__help__subcmd__realm,delete)
                cmd="saslkit__subcmd__help__subcmd__realm__subcmd__delete"
                ;;
            saslkit__subcmd__help__subcmd__realm,list)
                cmd="saslkit__subcmd__help__subcmd__realm__subcmd__list"
                ;;
            saslkit__subcmd__help__subcmd__realm,rename)
                cmd="saslkit__subcmd__help__subcmd__realm__subcmd__rename"
                ;;
            saslkit__subcmd__help__subcmd__user,add)
                cmd="saslkit__subcmd__help__subcmd__user__subcmd__add"
                ;;
            saslkit__subcmd__help__subcmd__user,delete)
                cmd="saslkit__subcmd__help__subcmd__user__subcmd__delete"
                ;;
            saslkit__subcmd__help__subcmd__user,import)
                cmd="saslkit__subcmd__help__subcmd__user__subcmd__import"
                ;;
            saslkit__subcmd__help__subcmd__user,list)
                cmd="saslkit__subcmd__help__subcmd__user__subcmd__list"
                ;;
            saslkit__subcmd__help__subcmd__user,passwd)
                cmd="saslkit__subcmd__help__subcmd__user__subcmd__passwd"
                ;;
            saslkit__subcmd__help__subcmd__user,show)
                cmd="saslkit__subcmd__help__subcmd__user__subcmd__show"
                ;;
            saslkit__subcmd__help__subcmd__user,verify)
                cmd="saslkit__subcmd__help__subcmd__user__subcmd__verify"
                ;;
            saslkit__subcmd__map,check)
                cmd="saslkit__subcmd__map__subcmd__check"
                ;;
            saslkit__subcmd__map,compile)
                cmd="saslkit__subcmd__map__subcmd__compile"
                ;;
            saslkit__subcmd__map,convert)
                cmd="saslkit__subcmd__map__subcmd__convert"
                ;;
            saslkit__subcmd__map,dump)
                cmd="saslkit__subcmd__map__subcmd__dump"
                ;;
            saslkit__subcmd__map,help)
                cmd="saslkit__subcmd__map__subcmd__help"
                ;;
            saslkit__subcmd__map,lookup)
                cmd="saslkit__subcmd__map__subcmd__lookup"
                ;;
            saslkit__subcmd__map,query)
                cmd="saslkit__subcmd__map__subcmd__query"
                ;;
            saslkit__subcmd__map__subcmd__help,check)
                cmd="saslkit__subcmd__map__subcmd__help__subcmd__check"
                ;;
            saslkit__subcmd__map__subcmd__help,compile)
                cmd="saslkit__subcmd__map__subcmd__help__subcmd__compile"
                ;;
            saslkit__subcmd__map__subcmd__help,convert)
                cmd="saslkit__subcmd__map__subcmd__help__subcmd__convert"
                ;;
            saslkit__subcmd__map__subcmd__help,dump)
                cmd="saslkit__subcmd__map__subcmd__help__subcmd__dump"
                ;;
            saslkit__subcmd__map__subcmd__help,help)
                cmd="saslkit__subcmd__map__subcmd__help__subcmd__help"
                ;;
            saslkit__subcmd__map__subcmd__help,lookup)
                cmd="saslkit__subcmd__map__subcmd__help__subcmd__lookup"
                ;;
            saslkit__subcmd__map__subcmd__help,query)
                cmd="saslkit__subcmd__map__subcmd__help__subcmd__query"
                ;;
            saslkit__subcmd__realm,delete)
                cmd="saslkit__subcmd__realm__subcmd__delete"
                ;;
            saslkit__subcmd__realm,help)
                cmd="saslkit__subcmd__realm__subcmd__help"
                ;;
            saslkit__subcmd__realm,list)
                cmd="saslkit__subcmd__realm__subcmd__list"
                ;;
            saslkit__subcmd__realm,rename)
                cmd="saslkit__subcmd__realm__subcmd__rename"
                ;;
            saslkit__subcmd__realm__subcmd__help,delete)
                cmd="saslkit__subcmd__realm__subcmd__help__subcmd__delete"
                ;;
            saslkit__subcmd__realm__subcmd__help,help)
                cmd="saslkit__subcmd__realm__subcmd__help__subcmd__help"
                ;;
            saslkit__subcmd__realm__subcmd__help,list)
                cmd="saslkit__subcmd__realm__subcmd__help__subcmd__list"
                ;;
            saslkit__subcmd__realm__subcmd__help,rename)
                cmd="saslkit__subcmd__realm__subcmd__help__subcmd__rename"
                ;;
            saslkit__subcmd__user,add)
                cmd="saslkit__subcmd__user__subcmd__add"
                ;;
            saslkit__subcmd__user,delete)
                cmd="saslkit__subcmd__user__subcmd__delete"
                ;;
            saslkit__subcmd__user,help)
                cmd="saslkit__subcmd__user__subcmd__help"
                ;;
            saslkit__subcmd__user,import)
                cmd="saslkit__subcmd__user__subcmd__import"
                ;;
            saslkit__subcmd__user,list)
                cmd="saslkit__subcmd__user__subcmd__list"
                ;;
            saslkit__subcmd__user,passwd)
                cmd="saslkit__subcmd__user__subcmd__passwd"
                ;;
            saslkit__subcmd__user,show)
                cmd="saslkit__subcmd__user__subcmd__show"
                ;;
            saslkit__subcmd__user,verify)
                cmd="saslkit__subcmd__user__subcmd__verify"
                ;;
            saslkit__subcmd__user__subcmd__help,add)
                cmd="saslkit__subcmd__user__subcmd__help__subcmd__add"
                ;;
            saslkit__subcmd__user__subcmd__help,delete)
                cmd="saslkit__subcmd__user__subcmd__help__subcmd__delete"
                ;;
            saslkit__subcmd__user__subcmd__help,help)
                cmd="saslkit__subcmd__user__subcmd__help__subcmd__help"
                ;;
            saslkit__subcmd__user__subcmd__help,import)
                cmd="saslkit__subcmd__user__subcmd__help__subcmd__import"
                ;;
            saslkit__subcmd__user__subcmd__help,list)
                cmd="saslkit__subcmd__user__subcmd__help__subcmd__list"
                ;;
            saslkit__subcmd__user__subcmd__help,passwd)
                cmd="saslkit__subcmd__user__subcmd__help__subcmd__passwd"
                ;;
            saslkit__subcmd__user__subcmd__help,show)
                cmd="saslkit__subcmd__user__subcmd__help__subcmd__show"
                ;;
            saslkit__subcmd__user__subcmd__help,verify)
                cmd="saslkit__subcmd__user__subcmd__help__subcmd__verify"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        saslkit)
            opts="-q -h -V --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version user realm listusers db auth map probe doctor generate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth)
            opts="-q -h -V --quiet --help --version plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__anonymous)
            opts="-q -h -V --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__cram__subcmd__md5)
            opts="-q -h -V --challenge --password-stdin --password-file --password-env --password --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --challenge)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__cram__subcmd__sha1)
            opts="-q -h -V --challenge --password-stdin --password-file --password-env --password --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --challenge)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__cram__subcmd__sha256)
            opts="-q -h -V --challenge --password-stdin --password-file --password-env --password --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --challenge)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__decode)
            opts="-q -h -V --mech --show-secrets --format --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --mech)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__digest__subcmd__md5)
            opts="-q -h -V --challenge --service --host --realm --authzid --cnonce --server-final --password-stdin --password-file --password-env --password --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --challenge)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --realm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authzid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cnonce)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server-final)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__external)
            opts="-q -h -V --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help)
            opts="plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__anonymous)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__cram__subcmd__md5)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__cram__subcmd__sha1)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__cram__subcmd__sha256)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__decode)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__digest__subcmd__md5)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__external)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__oauthbearer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__plain)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__scram__subcmd__sha__subcmd__1)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__scram__subcmd__sha__subcmd__256)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__scram__subcmd__sha__subcmd__512)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__help__subcmd__xoauth2)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__login)
            opts="-q -h -V --password-stdin --password-file --password-env --password --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__oauthbearer)
            opts="-q -h -V --host --port --token-stdin --token-file --token-env --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__plain)
            opts="-q -h -V --authzid --password-stdin --password-file --password-env --password --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --authzid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__1)
            opts="-q -h -V --authzid --nonce --server-first --server-final --allow-weak --password-stdin --password-file --password-env --password --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --authzid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nonce)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server-first)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server-final)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__256)
            opts="-q -h -V --authzid --nonce --server-first --server-final --allow-weak --password-stdin --password-file --password-env --password --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --authzid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nonce)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server-first)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server-final)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__512)
            opts="-q -h -V --authzid --nonce --server-first --server-final --allow-weak --password-stdin --password-file --password-env --password --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --authzid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nonce)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server-first)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server-final)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__auth__subcmd__xoauth2)
            opts="-q -h -V --token-stdin --token-file --token-env --format --command --show-secrets --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "base64 json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__db)
            opts="-q -h -V --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version info convert check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__db__subcmd__check)
            opts="-q -h -V --mech-list --format --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --mech-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__db__subcmd__convert)
            opts="-q -h -V --to --force --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --to)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__db__subcmd__help)
            opts="info convert check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__db__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__db__subcmd__help__subcmd__convert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__db__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__db__subcmd__help__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__db__subcmd__info)
            opts="-q -h -V --format --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__doctor)
            opts="-c -q -h -V --config-dir --sasl-config --live --timeout --user --password-stdin --password-file --password-env --password --format --quiet --help --version server client"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__generate)
            opts="-q -h -V --check --out --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help)
            opts="user realm listusers db auth map probe doctor generate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth)
            opts="plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__anonymous)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__cram__subcmd__md5)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__cram__subcmd__sha1)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__cram__subcmd__sha256)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__decode)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__digest__subcmd__md5)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__external)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__oauthbearer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__plain)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__1)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__256)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__scram__subcmd__sha__subcmd__512)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__auth__subcmd__xoauth2)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__db)
            opts="info convert check"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__db__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__db__subcmd__convert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__db__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__doctor)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__generate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__listusers)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__map)
            opts="compile query dump lookup check convert"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__map__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__map__subcmd__compile)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__map__subcmd__convert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__map__subcmd__dump)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__map__subcmd__lookup)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__map__subcmd__query)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__probe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__realm)
            opts="list rename delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__realm__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__realm__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__realm__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__user)
            opts="add passwd delete list show verify import"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__user__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__user__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__user__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__user__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__user__subcmd__passwd)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__user__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__help__subcmd__user__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__listusers)
            opts="-q -h -V --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map)
            opts="-q -h -V --quiet --help --version compile query dump lookup check convert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__check)
            opts="-c -f -q -h -V --config-dir --smtputf8 --no-smtputf8 --no-fold --format --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__compile)
            opts="-c -f -r -w -q -h -V --config-dir --smtputf8 --no-smtputf8 --no-fold --last-wins --quiet-duplicates --format --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__convert)
            opts="-c -q -h -V --to --config-dir --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --to)
                    COMPREPLY=($(compgen -W "lmdb hash btree cdb" -- "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__dump)
            opts="-c -q -h -V --config-dir --show-secrets --format --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__help)
            opts="compile query dump lookup check convert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__help__subcmd__compile)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__help__subcmd__convert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__help__subcmd__dump)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__help__subcmd__lookup)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__help__subcmd__query)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__lookup)
            opts="-c -f -q -h -V --nexthop --host --sender --sender-dependent --config-dir --smtputf8 --no-smtputf8 --no-fold --format --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --nexthop)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sender)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__map__subcmd__query)
            opts="-c -f -q -h -V --config-dir --smtputf8 --no-smtputf8 --no-fold --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__probe)
            opts="-j -4 -6 -q -h -V --targets --mx --dns-server --port --jobs --fail-on --tls --protocol --helo --user --authzid --mech --all-mechs --allow-plaintext --ca-file --insecure --cert --key --timeout --deadline --transcript --show-secrets --format --password-stdin --password-file --password-env --password --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --targets)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mx)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dns-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -j)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-on)
                    COMPREPLY=($(compgen -W "plaintext-before-tls plaintext-login-before-tls no-starttls auth-without-starttls auth-before-tls starttls-failed mechanisms-differ-by-tls auth-equals lower-case-keywords certificate-not-verified certificate-expired weak-tls odd-auth-reply no-auth too-many-mechanisms" -- "${cur}"))
                    return 0
                    ;;
                --tls)
                    COMPREPLY=($(compgen -W "auto starttls implicit none" -- "${cur}"))
                    return 0
                    ;;
                --protocol)
                    COMPREPLY=($(compgen -W "smtp lmtp imap pop3 sieve" -- "${cur}"))
                    return 0
                    ;;
                --helo)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authzid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mech)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deadline)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__realm)
            opts="-q -h -V --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version list rename delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__realm__subcmd__delete)
            opts="-y -q -h -V --yes --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__realm__subcmd__help)
            opts="list rename delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__realm__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__realm__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__realm__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__realm__subcmd__help__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__realm__subcmd__list)
            opts="-q -h -V --format --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__realm__subcmd__rename)
            opts="-q -h -V --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user)
            opts="-q -h -V --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version add passwd delete list show verify import help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__add)
            opts="-u -q -h -V --realm --password-stdin --password-file --password-env --password --scram --iterations --no-plaintext --force --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --realm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scram)
                    COMPREPLY=($(compgen -W "SHA-1 SHA-224 SHA-256 SHA-384 SHA-512" -- "${cur}"))
                    return 0
                    ;;
                --iterations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__delete)
            opts="-u -y -q -h -V --realm --yes --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --realm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__help)
            opts="add passwd delete list show verify import help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__help__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__help__subcmd__passwd)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__help__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__import)
            opts="-u -q -h -V --realm --input-format --scram --iterations --no-plaintext --dry-run --skip-bad --format --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --realm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input-format)
                    COMPREPLY=($(compgen -W "tsv csv" -- "${cur}"))
                    return 0
                    ;;
                --scram)
                    COMPREPLY=($(compgen -W "SHA-1 SHA-224 SHA-256 SHA-384 SHA-512" -- "${cur}"))
                    return 0
                    ;;
                --iterations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__list)
            opts="-u -q -h -V --realm --format --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --realm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json sasldb" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__passwd)
            opts="-u -q -h -V --realm --password-stdin --password-file --password-env --password --scram --iterations --no-plaintext --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --realm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scram)
                    COMPREPLY=($(compgen -W "SHA-1 SHA-224 SHA-256 SHA-384 SHA-512" -- "${cur}"))
                    return 0
                    ;;
                --iterations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__show)
            opts="-u -q -h -V --realm --format --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --realm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "human json" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        saslkit__subcmd__user__subcmd__verify)
            opts="-u -q -h -V --realm --password-stdin --password-file --password-env --password --db --map-size --backend --sasl-config --sql-list --db-password-file --db-ca-file --quiet --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --realm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "lmdb gdbm bdb sqlite" -- "${cur}"))
                    return 0
                    ;;
                --sasl-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _saslkit -o nosort -o bashdefault -o default saslkit
else
    complete -F _saslkit -o bashdefault -o default saslkit
fi
